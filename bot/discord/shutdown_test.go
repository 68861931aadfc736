package discord_test

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/storybot-dev/storybot/bot"
	"github.com/storybot-dev/storybot/bot/discord"
	"github.com/storybot-dev/storybot/bot/discord/discordtest"
)

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
			// 4 s: a second for the notices, half of it for the last word.
			h := start(t, a, func(o *discord.Options) { o.Config.ShutdownTimeout.Duration = 4 * time.Second })
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
	if took > 500*time.Millisecond {
		t.Errorf("an idle shutdown took %s, want well under a second", took)
	}
	closed := slices.ContainsFunc(h.srv.Gateway(), func(e discordtest.GatewayEvent) bool { return e.Kind == "client-close" && e.Code == 1000 })
	if !closed {
		t.Errorf("the gateway was not closed with a close frame before Run returned: %v", h.srv.Gateway())
	}
}

// When Discord is slow to take the restart notice, the shutdown still
// ends within shutdown_timeout, the gateway's close included: the
// handler keeps time for it.
func TestShutdownEndsWithinTimeoutWhenDiscordIsSlow(t *testing.T) {
	t.Parallel()
	const timeout = 1500 * time.Millisecond
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
