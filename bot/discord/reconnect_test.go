package discord_test

import (
	"context"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/storybot-dev/storybot/bot/discord"
	"github.com/storybot-dev/storybot/bot/discord/discordtest"
	"github.com/storybot-dev/storybot/internal/testutil"
)

// retryLog records the reconnect attempts the bot waits for.
type retryLog struct {
	mu    sync.Mutex
	waits []int
	wait  func(n int) time.Duration
}

func (r *retryLog) retryWait(n int) time.Duration {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.waits = append(r.waits, n)
	return r.wait(n)
}

func (r *retryLog) attempts() []int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.waits)
}

// During an outage the bot keeps trying, counting its attempts (the wait
// grows with them), /healthz says when the next try is, and once the
// gateway is back the session is resumed.
func TestReconnectsAfterAnOutageAndShowsTheNextTry(t *testing.T) {
	t.Parallel()
	status := &discord.Status{}
	rl := &retryLog{wait: func(n int) time.Duration { return 100 * time.Millisecond }}
	h := start(t, newFakeAsker(fixed("x")), func(o *discord.Options) {
		o.Status = status
		discord.SetRetryWait(o, rl.retryWait)
	})
	testutil.Eventually(t, 0, "ready", status.Connected)
	before := h.srv.GatewayAttempts()
	h.srv.SetGateway(discordtest.GatewayRefuse)
	if err := h.srv.Drop(0); err != nil {
		t.Fatal(err)
	}
	testutil.Eventually(t, 0, "the next try shown in the health check", func() bool {
		err := status.Check(context.Background())
		return err != nil && strings.Contains(err.Error(), "next try in") && !status.NextTry(0).IsZero()
	})
	testutil.Eventually(t, 0, "three refused attempts", func() bool { return h.srv.GatewayAttempts() >= before+3 })
	h.srv.SetGateway(discordtest.GatewayUp)
	testutil.Eventually(t, 0, "ready again", status.Connected)
	if !status.NextTry(0).IsZero() {
		t.Errorf("connected, yet the next try is shown at %v", status.NextTry(0))
	}
	if n := h.srv.CountGateway(0, "identify"); n != 1 {
		t.Errorf("%d IDENTIFYs: the session is resumed after an outage, not started afresh", n)
	}
	got := rl.attempts()
	if len(got) < 3 {
		t.Fatalf("waited before %v, want three attempts at least", got)
	}
	// 0, 1, 2, … while refused (a later disconnect starts again at 0).
	for i, n := range got {
		if i < 3 && n != i || i >= 3 && n != 0 && n != got[i-1]+1 {
			t.Fatalf("waited before attempts %v, want 0, 1, 2, …: each refused attempt counts", got)
		}
	}
}

// The wait before a reconnect attempt: a short settle first, then from a
// second doubling, capped at 30 s (±25%), never in step across bots.
func TestReconnectWaitIsCappedAndJittered(t *testing.T) {
	t.Parallel()
	for n := 0; n < 100; n++ {
		d := discord.ReconnectWait(n)
		lo, hi := 300*time.Millisecond, 450*time.Millisecond
		if n > 0 {
			base := min(time.Second<<min(n-1, 20), 30*time.Second)
			lo, hi = base*3/4, base*5/4
		}
		if d < lo || d > hi {
			t.Errorf("wait before attempt %d = %s, want %s to %s", n+1, d, lo, hi)
		}
	}
	seen := map[time.Duration]bool{}
	for range 20 {
		seen[discord.ReconnectWait(30)] = true
	}
	if len(seen) < 10 {
		t.Errorf("20 waits at the cap took %d values: not jittered", len(seen))
	}
}

// Shutdown while the gateway is away ends at once (well within
// shutdown_timeout) and leaves nothing running: no reconnect attempt after
// Run returns, whether the bot was waiting to try again or dialed a
// gateway that never answers.
func TestShutdownDuringReconnectEndsInTime(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name string
		mode discordtest.GatewayMode
		wait time.Duration
	}{
		{"waiting to try again", discordtest.GatewayRefuse, time.Hour},
		{"the gateway never answers", discordtest.GatewaySilent, 20 * time.Millisecond},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			const timeout = 4 * time.Second
			status := &discord.Status{}
			h := start(t, newFakeAsker(fixed("x")), func(o *discord.Options) {
				o.Status = status
				o.Config.ShutdownTimeout.Duration = timeout
				discord.SetRetryWait(o, func(n int) time.Duration {
					if n == 0 {
						return 10 * time.Millisecond
					}
					return tt.wait
				})
			})
			testutil.Eventually(t, 0, "ready", status.Connected)
			before := h.srv.GatewayAttempts()
			h.srv.SetGateway(tt.mode)
			if err := h.srv.Drop(0); err != nil {
				t.Fatal(err)
			}
			testutil.Eventually(t, 0, "a reconnect attempt", func() bool { return h.srv.GatewayAttempts() > before })
			began := time.Now()
			if err := h.stop(); err != nil {
				t.Errorf("Run = %v", err)
			}
			took := time.Since(began)
			t.Logf("Run returned %s after the shutdown began", took.Round(time.Millisecond))
			// Nothing is in flight: the shutdown has no reason to wait
			// for its deadline (a reconnect's wait included).
			if took > timeout/2 {
				t.Errorf("shutdown during a reconnect took %s of shutdown_timeout %s; with nothing in flight it ends at once", took, timeout)
			}
			requests, attempts := len(h.srv.Requests()), h.srv.GatewayAttempts()
			time.Sleep(400 * time.Millisecond) // four retry waits at least
			if r, a := len(h.srv.Requests()), h.srv.GatewayAttempts(); r != requests || a != attempts {
				t.Errorf("after Run returned: %d more REST requests and %d more gateway attempts: a reconnect outlived the run", r-requests, a-attempts)
			}
		})
	}
}
