package discord_test

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/storybot-dev/storybot/bot/discord"
	"github.com/storybot-dev/storybot/bot/discord/discordtest"
	"github.com/storybot-dev/storybot/internal/testutil"
)

// A heartbeat left unacknowledged is seen at the next heartbeat:
// unhealthy at once, and the connection is replaced by one that resumes.
func TestZombieConnectionIsReplacedAndResumed(t *testing.T) {
	t.Parallel()
	status := &discord.Status{}
	h := startWith(t, newFakeAsker(fixed("x")), func(s *discordtest.Server) {
		s.HeartbeatInterval = 250 * time.Millisecond
	}, func(o *discord.Options) { o.Status = status })
	testutil.Eventually(t, 0, "an acknowledged heartbeat", func() bool { return h.srv.CountGateway(0, "heartbeat") > 0 })
	h.srv.StopAcks(0, true)
	testutil.Eventually(t, 0, "a resume", func() bool { return h.srv.CountGateway(0, "resume") > 0 })
	if n := h.srv.CountGateway(0, "no-ack"); n > 2 {
		t.Errorf("%d heartbeats went unacknowledged before the bot gave up on the connection, want 2 at most (the missing ACK is noticed at the next heartbeat)", n)
	}
	if n := h.srv.CountGateway(0, "identify"); n != 1 {
		t.Errorf("%d IDENTIFYs: the zombie connection must be resumed, not replaced by a new session", n)
	}
	var resume discordtest.GatewayEvent
	for _, e := range h.srv.Gateway() {
		if e.Kind == "resume" {
			resume = e
		}
	}
	if resume.Session != "fake-session-0" {
		t.Errorf("resumed session %q, want fake-session-0", resume.Session)
	}
	// Unhealthy was reported before discordgo got round to its close.
	logs := h.log.Logged()
	zombie := slices.IndexFunc(logs, func(l string) bool { return strings.Contains(l, "heartbeat not acknowledged") })
	lib := slices.IndexFunc(logs, func(l string) bool { return strings.Contains(l, "discordgo reported the disconnect") })
	if zombie < 0 || lib >= 0 && lib < zombie {
		t.Errorf("the zombie connection was not reported as it was found (state log at %d, discordgo's disconnect at %d)", zombie, lib)
	}
	testutil.Eventually(t, 0, "ready again", status.Connected)
}

// A heartbeat Discord asked for (op 1) while the last one awaits its ACK
// is no missed ACK, even late in the interval: the connection is healthy
// and kept.
func TestRequestedHeartbeatIsNoMissedAck(t *testing.T) {
	t.Parallel()
	status := &discord.Status{}
	// Two seconds between heartbeats: far more than the requested one
	// takes to be acknowledged, even on a busy machine.
	h := startWith(t, newFakeAsker(fixed("x")), func(s *discordtest.Server) {
		s.HeartbeatInterval = 2 * time.Second
	}, func(o *discord.Options) { o.Status = status })
	beats := func() int { return h.srv.CountGateway(0, "heartbeat") }
	testutil.Eventually(t, 0, "no acknowledged heartbeat", func() bool { return beats() > 0 })
	// Asked for 1.1 s after the last heartbeat, still unacknowledged:
	// past half the interval, when an unacknowledged one is a miss, and
	// 0.9 s before the next regular one.
	h.srv.AskHeartbeat(0, 1100*time.Millisecond)
	testutil.Eventually(t, 0, "Discord never asked for a heartbeat", func() bool { return h.srv.CountGateway(0, "heartbeat-request") == 1 })
	after := beats()
	// The heartbeat asked for, then the next regular one: both acknowledged.
	testutil.Eventually(t, 0, "no heartbeats after Discord asked for one", func() bool { return beats() >= after+2 })
	if n := h.log.Count("heartbeat not acknowledged"); n > 0 {
		t.Error("a heartbeat Discord asked for was taken for a missed ACK (zombie connection)")
	}
	if n := h.srv.CountGateway(0, "resume"); n > 0 || !status.Connected() {
		t.Errorf("%d resumes, connected %v: the healthy connection was replaced", n, status.Connected())
	}
}

// The health follows the connection as it changes, not a second
// later when discordgo reports it.
func TestHealthFollowsTheGatewayAsItHappens(t *testing.T) {
	t.Parallel()
	status := &discord.Status{}
	h := start(t, newFakeAsker(fixed("x")), func(o *discord.Options) { o.Status = status })
	testutil.Eventually(t, 0, "ready", status.Connected)
	libDisconnect := h.log.On("discordgo reported the disconnect")
	if err := h.srv.Drop(0); err != nil {
		t.Fatal(err)
	}
	dropped := time.Now()
	testutil.Eventually(t, 0, "unhealthy after the drop", func() bool { return !status.Connected() })
	lag := time.Since(dropped)
	if err := status.Check(context.Background()); err == nil || !strings.Contains(err.Error(), "shard 0 disconnected") {
		t.Errorf("health check = %v, want shard 0 disconnected", err)
	}
	select {
	case <-libDisconnect:
		t.Errorf("the health changed only when discordgo reported the disconnect (%s after the drop)", lag)
	default:
	}
	t.Logf("health unhealthy %s after the drop", lag.Round(time.Microsecond))
	testutil.Eventually(t, 0, "ready again", status.Connected)
	// One log line per change of state, not one per probe.
	for range 20 {
		_ = status.Check(context.Background())
	}
	n := 0
	for _, l := range h.log.Logged() {
		if strings.Contains(l, "Discord gateway state") && strings.Contains(l, "state=disconnected") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d log lines for one disconnect, want 1", n)
	}
}

// After INVALID_SESSION the bot waits 1-5 s, then resumes a
// resumable session and identifies afresh otherwise.
func TestInvalidSessionWaitsThenResumesOrIdentifies(t *testing.T) {
	t.Parallel()
	for _, resumable := range []bool{true, false} {
		name := map[bool]string{true: "resumable", false: "not_resumable"}[resumable]
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			status := &discord.Status{}
			waits := make(chan time.Duration, 1)
			fire := make(chan time.Time, 1)
			h := start(t, newFakeAsker(fixed("x")), func(o *discord.Options) {
				o.Status = status
				discord.SetGatewayTimers(o, func(d time.Duration) <-chan time.Time { waits <- d; return fire }, nil)
			})
			testutil.Eventually(t, 0, "ready", status.Connected)
			if err := h.srv.InvalidSession(0, resumable); err != nil {
				t.Fatal(err)
			}
			var d time.Duration
			select {
			case d = <-waits:
			case <-h.ctx.Done():
				t.Fatal("the bot never waited after INVALID_SESSION")
			}
			if d < time.Second || d > 5*time.Second {
				t.Errorf("waited %s after INVALID_SESSION, want 1-5 s", d)
			}
			if got, _ := status.State(0); got != discord.StateInvalidSession {
				t.Errorf("state while waiting = %q, want %q", got, discord.StateInvalidSession)
			}
			if n, r := h.srv.CountGateway(0, "identify"), h.srv.CountGateway(0, "resume"); n != 1 || r != 0 {
				t.Errorf("before the wait was over: %d IDENTIFYs and %d RESUMEs, want 1 and 0", n, r)
			}
			fire <- time.Now()
			if resumable {
				testutil.Eventually(t, 0, "a resume", func() bool { return h.srv.CountGateway(0, "resume") > 0 })
				if n := h.srv.CountGateway(0, "identify"); n != 1 {
					t.Errorf("%d IDENTIFYs: a resumable session must be resumed", n)
				}
			} else {
				testutil.Eventually(t, 0, "a new IDENTIFY", func() bool { return h.srv.CountGateway(0, "identify") > 1 })
				if n := h.srv.CountGateway(0, "resume"); n != 0 {
					t.Errorf("%d RESUMEs of a session Discord said cannot be resumed", n)
				}
			}
			testutil.Eventually(t, 0, "ready again", status.Connected)
		})
	}
}

func TestInvalidSessionWaitIsOneToFiveSeconds(t *testing.T) {
	t.Parallel()
	for range 1000 {
		if d := discord.InvalidSessionWait(); d < time.Second || d > 5*time.Second {
			t.Fatalf("wait %s, want 1-5 s", d)
		}
	}
}
