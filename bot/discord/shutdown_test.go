package discord_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/storybot-dev/storybot/bot"
	"github.com/storybot-dev/storybot/bot/discord"
	"github.com/storybot-dev/storybot/bot/discord/discordtest"
	"github.com/storybot-dev/storybot/internal/testutil"
)

func TestShutdownFinishesAnswerInFlight(t *testing.T) {
	t.Parallel()
	release := make(chan struct{})
	a := newFakeAsker(func(ctx context.Context, q bot.Question) (*bot.Answer, error) {
		<-release
		return answer("Finished [1]."), nil
	})
	h := start(t, a, nil)
	shuttingDown := h.log.On("shutting down: finishing answers in flight")
	h.dispatch("INTERACTION_CREATE", discordtest.Interaction("520", "t20", "700", "701", alice, discordtest.Ask("Slow?", false)))
	a.next(t)
	stopped := make(chan error, 1)
	go func() { stopped <- h.stop() }()
	testutil.Recv(t, shuttingDown, guard, "the shutdown never began")
	select {
	case err := <-stopped:
		t.Fatalf("Run returned (%v) with an answer in flight", err)
	default:
	}
	close(release)
	if err := testutil.Recv(t, stopped, guard, "Run never returned"); err != nil {
		t.Errorf("Run returned %v, want nil", err)
	}
	var edited bool
	for _, r := range h.srv.Requests() {
		if r.Method == "PATCH" && r.Path == "/webhooks/"+discordtest.AppID+"/t20/messages/@original" && strings.Contains(string(r.Body), "Finished [1].") {
			edited = true
		}
	}
	if !edited {
		t.Error("the answer in flight was not delivered before Run returned")
	}
	h.checkNoPings()
}

// With nothing in flight, a shutdown takes no time waiting: well under a
// second, the gateway's close handshake included.
func TestIdleShutdownIsQuick(t *testing.T) {
	t.Parallel()
	h := start(t, newFakeAsker(fixed("x")), func(o *discord.Options) { o.Config.ShutdownTimeout.Duration = 10 * time.Second })
	began := time.Now()
	if err := h.stop(); err != nil {
		t.Errorf("Run = %v", err)
	}
	took := time.Since(began)
	t.Logf("idle shutdown took %s", took.Round(time.Microsecond))
	// Typically under a millisecond; a second is the bound even on a
	// machine busy with other work.
	if took > time.Second {
		t.Errorf("an idle shutdown took %s, want well under a second", took)
	}
	closed := slices.ContainsFunc(h.srv.Gateway(), func(e discordtest.GatewayEvent) bool { return e.Kind == "client-close" && e.Code == 1000 })
	if !closed {
		t.Errorf("the gateway was not closed with a close frame before Run returned: %v", h.srv.Gateway())
	}
}

// Shutdown ends within shutdown_timeout, the gateway close
// included, even with an answer that ignores its cancellation; every
// question admitted gets a reply.
func TestShutdownEndsWithinTimeout(t *testing.T) {
	t.Parallel()
	const timeout = 3 * time.Second // 750 ms for the notices
	stuck := make(chan struct{})
	var release sync.Once
	t.Cleanup(func() { release.Do(func() { close(stuck) }) })
	a := newFakeAsker(func(ctx context.Context, q bot.Question) (*bot.Answer, error) {
		<-stuck // ignores ctx
		return answer("Too late [1]."), nil
	})
	h := start(t, a, func(o *discord.Options) {
		o.Config.MaxInFlight = 1
		o.Config.ShutdownTimeout.Duration = timeout
	})
	h.dispatch("INTERACTION_CREATE", discordtest.Interaction("550", "tS1", "700", "701", alice, discordtest.Ask("Stuck?", false)))
	a.next(t)
	bob := discordtest.User{ID: "300000000000000002", Name: "bob"}
	h.dispatch("INTERACTION_CREATE", discordtest.Interaction("551", "tS2", "700", "701", bob, discordtest.Ask("Queued?", false)))
	h.waitOK(h.start, "POST", "/interactions/551/tS2/callback")
	began := time.Now()
	if err := h.stop(); err != nil {
		t.Errorf("Run returned %v", err)
	}
	took := time.Since(began)
	atReturn := h.srv.Requests()
	t.Logf("shutdown took %s (timeout %s)", took.Round(time.Millisecond), timeout)
	if took > timeout {
		t.Errorf("shutdown took %s, past shutdown_timeout %s", took, timeout)
	}
	// Each was told before Run returned, once.
	for _, tok := range []string{"tS1", "tS2"} {
		var told []string
		for _, r := range atReturn {
			if r.Method == "PATCH" && r.Path == editPath(tok) && r.Status == 200 {
				told = append(told, string(r.Body))
			}
		}
		if len(told) != 1 || !strings.Contains(told[0], "restarting") {
			t.Errorf("%s was told %q by the time Run returned, want the restart notice once", tok, told)
		}
	}
	// The stuck answer comes after all: it is not delivered on top of the
	// notice.
	answered := h.log.On("answered")
	release.Do(func() { close(stuck) })
	testutil.Recv(t, answered, 0, "the stuck answer never finished")
	late, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	if r, _, err := h.srv.WaitRequest(late, len(atReturn), func(r discordtest.Request) bool {
		return r.Path == editPath("tS1")
	}); err == nil {
		t.Errorf("an answer cut off by the shutdown was delivered after the notice: %s %s", r, r.Body)
	}
	closed := slices.ContainsFunc(h.srv.Gateway(), func(e discordtest.GatewayEvent) bool {
		return e.Kind == "client-close" && e.Code == 1000 && !e.At.After(began.Add(took))
	})
	if !closed {
		t.Errorf("the gateway was not closed (close frame 1000) before Run returned: %v", h.srv.Gateway())
	}
}

// When Discord is slow to take the restart notice, the shutdown still
// ends within shutdown_timeout, the gateway's close included: the
// handler keeps time for it.
func TestShutdownEndsWithinTimeoutWhenDiscordIsSlow(t *testing.T) {
	t.Parallel()
	const timeout = 3 * time.Second // 750 ms for the notices
	a := newFakeAsker(func(ctx context.Context, q bot.Question) (*bot.Answer, error) {
		if q.Offline {
			return nil, errors.New("no offline answer")
		}
		<-ctx.Done()
		return nil, ctx.Err()
	})
	h := startWith(t, a, func(s *discordtest.Server) {
		s.Slow("PATCH", editPath("tV"), time.Minute)
	}, func(o *discord.Options) { o.Config.ShutdownTimeout.Duration = timeout })
	h.dispatch("INTERACTION_CREATE", discordtest.Interaction("596", "tV", "700", "701", alice, discordtest.Ask("How high?", false)))
	a.next(t)
	h.waitOK(h.start, "POST", "/interactions/596/tV/callback")
	began := time.Now()
	if err := h.stop(); err != nil {
		t.Errorf("Run = %v", err)
	}
	took := time.Since(began)
	t.Logf("shutdown took %s (timeout %s)", took.Round(time.Millisecond), timeout)
	if took > timeout {
		t.Errorf("shutdown took %s, past shutdown_timeout %s", took, timeout)
	}
	closed := slices.ContainsFunc(h.srv.Gateway(), func(e discordtest.GatewayEvent) bool { return e.Kind == "client-close" && e.Code == 1000 })
	if !closed {
		t.Error("no time was left to close the gateway with a close frame")
	}
}

// An answer cut off by the shutdown (it honours its cancelled context)
// leaves its asker the offline answer when there is time for it, else the
// restart notice: never "Sorry, I couldn't answer", and one of the two
// only. Both are delivered before Run returns.
func TestAnswersCutOffByTheShutdownGetTheLastWord(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name    string
		offline func(ctx context.Context) (*bot.Answer, error)
		want    string
	}{
		{"offline answer in time", func(context.Context) (*bot.Answer, error) { return answer("Offline: two metres [1]."), nil }, "Offline: two metres [1]."},
		{"offline answer fails", func(context.Context) (*bot.Answer, error) { return nil, errors.New("no passages") }, "restarting"},
		{"offline answer too slow", func(ctx context.Context) (*bot.Answer, error) { <-ctx.Done(); return nil, ctx.Err() }, "restarting"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			a := newFakeAsker(func(ctx context.Context, q bot.Question) (*bot.Answer, error) {
				if q.Offline {
					return tt.offline(ctx)
				}
				<-ctx.Done() // a model answer, slower than the shutdown
				return nil, ctx.Err()
			})
			// 6 s: 1.5 s for the notices, half of it for the last word
			// (with 4 s, a stall of the whole process of over a second
			// failed it once in 60 runs on a busy machine).
			h := start(t, a, func(o *discord.Options) { o.Config.ShutdownTimeout.Duration = 6 * time.Second })
			h.dispatch("INTERACTION_CREATE", discordtest.Interaction("595", "tW", "700", "701", alice, discordtest.Ask("How high?", false)))
			a.next(t)
			h.waitOK(h.start, "POST", "/interactions/595/tW/callback")
			if err := h.stop(); err != nil {
				t.Errorf("Run = %v", err)
			}
			// What Discord had when Run returned.
			var edits []string
			for _, r := range h.srv.Requests() {
				if r.Method == "PATCH" && r.Path == editPath("tW") && r.Status == 200 {
					edits = append(edits, string(r.Body))
				}
			}
			if len(edits) != 1 || !strings.Contains(edits[0], tt.want) {
				t.Errorf("the asker was left %q by the time Run returned, want one edit with %q", edits, tt.want)
			}
			if slices.ContainsFunc(edits, func(e string) bool { return strings.Contains(e, "couldn't answer") }) {
				t.Error("an answer cut off by the shutdown was told it failed")
			}
		})
	}
}

// During shutdown, new questions are told the bot is restarting; the one
// in flight is still answered.
func TestNewQuestionsDuringShutdownAreTurnedAwayPolitely(t *testing.T) {
	t.Parallel()
	release := make(chan struct{})
	a := newFakeAsker(func(ctx context.Context, q bot.Question) (*bot.Answer, error) {
		<-release
		return answer("Finished [1]."), nil
	})
	h := start(t, a, nil)
	shuttingDown := h.log.On("shutting down: finishing answers in flight")
	h.dispatch("INTERACTION_CREATE", discordtest.Interaction("570", "tR1", "700", "701", alice, discordtest.Ask("Slow?", false)))
	a.next(t)
	stopped := make(chan error, 1)
	go func() { stopped <- h.stop() }()
	testutil.Recv(t, shuttingDown, guard, "the shutdown never began")
	bob := discordtest.User{ID: "300000000000000002", Name: "bob"}
	h.dispatch("INTERACTION_CREATE", discordtest.Interaction("571", "tR2", "700", "701", bob, discordtest.Ask("New?", false)))
	cb, _ := h.waitOK(h.start, "POST", "/interactions/571/tR2/callback")
	if d := decode(t, cb); !strings.Contains(fmt.Sprint(d["content"]), "restarting") || d["flags"] != 64.0 {
		t.Errorf("a new /ask during shutdown got %s, want the private restart notice", cb.Body)
	}
	h.dispatch("MESSAGE_CREATE", h.srv.UserMessage("692", "", "741", bob, "New?", false, ""))
	testutil.Eventually(t, 0, "a reply to the DM", func() bool { return h.srv.ReplyTo("692") != nil })
	if c := h.srv.ReplyTo("692")["content"].(string); !strings.Contains(c, "restarting") {
		t.Errorf("a new DM during shutdown got %q, want the restart notice", c)
	}
	close(release)
	if err := testutil.Recv(t, stopped, guard, "Run never returned"); err != nil {
		t.Errorf("Run = %v", err)
	}
	r, _ := h.waitOK(h.start, "PATCH", editPath("tR1"))
	if !strings.Contains(string(r.Body), "Finished [1].") {
		t.Errorf("the answer in flight was not delivered: %s", r.Body)
	}
	if n := len(a.Questions()); n != 1 {
		t.Errorf("%d questions asked, want only the one in flight", n)
	}
}

// The restart notice is a reply like any other: it comes after the
// per-user rate limit, so a user who keeps writing during shutdown is not
// answered every time. (admit alone turns new questions away, after the
// limit: a check before the limit would reply unlimited.)
func TestRestartNoticeIsRateLimited(t *testing.T) {
	t.Parallel()
	release := make(chan struct{})
	a := newFakeAsker(func(ctx context.Context, q bot.Question) (*bot.Answer, error) {
		<-release
		return answer("Finished [1]."), nil
	})
	h := start(t, a, func(o *discord.Options) {
		o.Config.RateBurst = 1
		o.Config.RatePerMinute = 0.001
	})
	shuttingDown := h.log.On("shutting down: finishing answers in flight")
	h.dispatch("INTERACTION_CREATE", discordtest.Interaction("572", "tR3", "700", "701", alice, discordtest.Ask("Slow?", false)))
	a.next(t)
	stopped := make(chan error, 1)
	go func() { stopped <- h.stop() }()
	testutil.Recv(t, shuttingDown, guard, "the shutdown never began")
	bob := discordtest.User{ID: "300000000000000002", Name: "bob"}
	limited := func() int {
		n := 0
		for _, l := range h.log.Logged() {
			if strings.Contains(l, "rate limited") && strings.Contains(l, "channel=745") {
				n++
			}
		}
		return n
	}
	for n := range 4 {
		id := fmt.Sprint(703 + n)
		h.dispatch("MESSAGE_CREATE", h.srv.UserMessage(id, "", "745", bob, "New?", false, ""))
		// Handled: replied to, or (after the first) refused by the limit.
		testutil.Eventually(t, 0, "message "+id+" handled", func() bool { return h.srv.ReplyTo(id) != nil || n > 0 && limited() >= n })
	}
	close(release)
	if err := testutil.Recv(t, stopped, guard, "Run never returned"); err != nil {
		t.Errorf("Run = %v", err)
	}
	// Run has returned: every reply is sent.
	if c := fmt.Sprint(h.srv.ReplyTo("703")["content"]); !strings.Contains(c, "restarting") {
		t.Errorf("the first DM during shutdown got %q, want the restart notice", c)
	}
	restarts := 0
	for _, r := range h.srv.Requests() {
		if r.Method == "POST" && r.Path == "/channels/745/messages" && strings.Contains(string(r.Body), "restarting") {
			restarts++
		}
	}
	if restarts != 1 {
		t.Errorf("%d restart notices for four DMs from a user allowed one question, want 1: the notice is rate limited", restarts)
	}
	if n := limited(); n != 3 {
		t.Errorf("%d DMs rate limited during shutdown, want 3", n)
	}
}
