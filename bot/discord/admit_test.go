package discord_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/storybot-dev/storybot/bot"
	"github.com/storybot-dev/storybot/bot/discord"
	"github.com/storybot-dev/storybot/bot/discord/discordtest"
	"github.com/storybot-dev/storybot/internal/testutil"
)

// A user may hold a tenth of the queue: with a queue of 10, one question
// waiting. Their next is refused with its own notice; another user's is
// queued. A refused question is not waited for: with the answers
// released, the shutdown is quick.
func TestEachUserHoldsAShareOfTheQueue(t *testing.T) {
	t.Parallel()
	release := make(chan struct{})
	a := newFakeAsker(func(ctx context.Context, q bot.Question) (*bot.Answer, error) {
		select {
		case <-release:
		case <-ctx.Done():
		}
		return answer("Yes [1]."), nil
	})
	h := start(t, a, func(o *discord.Options) {
		o.Config.MaxInFlight = 1
		o.Config.QueueSize = 10
		o.Config.RateBurst = 10
		o.Config.ShutdownTimeout.Duration = 10 * time.Second
	})
	ask := func(id, tok string, u discordtest.User) {
		h.dispatch("INTERACTION_CREATE", discordtest.Interaction(id, tok, "700", "701", u, discordtest.Ask("How high?", false)))
	}
	ask("610", "tP1", alice) // answering
	a.next(t)
	ask("611", "tP2", alice) // waiting: alice's share
	h.waitOK(h.start, "POST", "/interactions/611/tP2/callback")
	ask("612", "tP3", alice) // over her share
	r, _ := h.waitOK(h.start, "POST", "/interactions/612/tP3/callback")
	if d := decode(t, r); !strings.Contains(d["content"].(string), "already have questions waiting") || d["flags"] != 64.0 {
		t.Errorf("alice's question over her share got %s, want the private notice", r.Body)
	}
	bob := discordtest.User{ID: "300000000000000002", Name: "bob"}
	ask("613", "tP4", bob)
	r, _ = h.waitOK(h.start, "POST", "/interactions/613/tP4/callback")
	if !strings.Contains(string(r.Body), `"type":5`) {
		t.Errorf("bob's question got %s, want it deferred (queued)", r.Body)
	}
	close(release)
	for _, tok := range []string{"tP1", "tP2", "tP4"} {
		testutil.Eventually(t, 0, "the answer of "+tok, func() bool {
			for _, r := range h.srv.Requests() {
				if r.Path == editPath(tok) && r.Status == 200 && strings.Contains(string(r.Body), "Yes [1].") {
					return true
				}
			}
			return false
		})
	}
	began := time.Now()
	if err := h.stop(); err != nil {
		t.Errorf("Run = %v", err)
	}
	if took := time.Since(began); took > 2*time.Second {
		t.Errorf("shutdown took %s with every admitted question answered: a refused one was waited for", took)
	}
}
