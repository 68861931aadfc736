package discord_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/storybot-dev/storybot/bot"
	"github.com/storybot-dev/storybot/bot/discord"
	"github.com/storybot-dev/storybot/bot/discord/discordtest"
	"github.com/storybot-dev/storybot/internal/testutil"
)

// The answering slot is given back after every answer: with one slot, a
// dozen questions in a row are all answered. Each must get the answer
// itself: a reply showing its place in line (a question that waits gets
// one) is no answer.
func TestSlotIsReleasedAfterEachAnswer(t *testing.T) {
	t.Parallel()
	h := start(t, newFakeAsker(fixed("Yes [1].")), func(o *discord.Options) { o.Config.MaxInFlight = 1 })
	for n := range 12 {
		u := discordtest.User{ID: fmt.Sprint(310000000000000000 + n), Name: "u"}
		id, ch := fmt.Sprint(670+n), fmt.Sprint(720+n)
		h.dispatch("MESSAGE_CREATE", h.srv.UserMessage(id, "", ch, u, "How high?", false, ""))
		testutil.Eventually(t, 0, fmt.Sprintf("the answer to question %d of 12 (one slot)", n+1), func() bool {
			return strings.Contains(fmt.Sprint(h.srv.ReplyTo(id)["content"]), "Yes [1].")
		})
	}
}

// Questions beyond the answering slots wait in line instead of
// being turned away, and one that waits shows its place, in the deferred
// response or in a reply that then becomes the answer.
func TestQueuedQuestionsShowTheirPlace(t *testing.T) {
	t.Parallel()
	release := make(chan struct{})
	a := newFakeAsker(func(ctx context.Context, q bot.Question) (*bot.Answer, error) {
		if q.Text == "Slow?" {
			<-release
		}
		return answer("Answer to " + q.Text + " [1]."), nil
	})
	h := start(t, a, func(o *discord.Options) {
		o.Config.MaxInFlight = 1
		o.PlaceAfter = 50 * time.Millisecond
	})
	h.dispatch("INTERACTION_CREATE", discordtest.Interaction("580", "tQ1", "700", "701", alice, discordtest.Ask("Slow?", false)))
	a.next(t)
	bob := discordtest.User{ID: "300000000000000002", Name: "bob"}
	carol := discordtest.User{ID: "300000000000000003", Name: "carol"}
	h.dispatch("INTERACTION_CREATE", discordtest.Interaction("581", "tQ2", "700", "701", bob, discordtest.Ask("Queued?", false)))
	h.waitOK(h.start, "POST", "/interactions/581/tQ2/callback")
	h.dispatch("MESSAGE_CREATE", h.srv.UserMessage("702", "", "744", carol, "Queued too?", false, ""))
	place, _ := h.waitOK(h.start, "PATCH", editPath("tQ2"))
	if !strings.Contains(string(place.Body), "next in line") {
		t.Errorf("the waiting interaction shows %s, want its place", place.Body)
	}
	testutil.Eventually(t, 0, "the DM's place", func() bool { return h.srv.ReplyTo("702") != nil })
	if c := h.srv.ReplyTo("702")["content"].(string); !strings.Contains(c, "number 2 in line") {
		t.Errorf("the waiting DM shows %q, want its place (2)", c)
	}
	close(release)
	for _, tok := range []string{"tQ1", "tQ2"} {
		testutil.Eventually(t, 0, "the answer of "+tok, func() bool {
			for _, r := range h.srv.Requests() {
				if r.Path == editPath(tok) && strings.Contains(string(r.Body), "Answer to") {
					return true
				}
			}
			return false
		})
	}
	testutil.Eventually(t, 0, "the DM's answer", func() bool {
		return strings.Contains(fmt.Sprint(h.srv.ReplyTo("702")["content"]), "Answer to Queued too?")
	})
	posts := 0
	for _, r := range h.srv.Requests() {
		if r.Method == "POST" && r.Path == "/channels/744/messages" {
			posts++
		}
	}
	if posts != 1 {
		t.Errorf("%d replies to the DM, want 1: the place in line is edited into the answer", posts)
	}
}

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
