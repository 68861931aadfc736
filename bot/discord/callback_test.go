package discord_test

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/storybot-dev/storybot/bot/discord"
	"github.com/storybot-dev/storybot/bot/discord/discordtest"
	"github.com/storybot-dev/storybot/internal/testutil"
)

// slowQueueMetrics takes up to max (at random) to record a queue length,
// as a busy metrics sink does: it holds up whoever changed the queue.
type slowQueueMetrics struct {
	*countingMetrics
	max time.Duration
}

func (m slowQueueMetrics) QueueLength(int) { time.Sleep(rand.N(m.max)) }

func (m slowQueueMetrics) QueueWait(string, time.Duration) {}

func (m slowQueueMetrics) QueueRefused(string, string) {}

// Discord answers an edit or follow-up that reaches it before the
// interaction's callback has been answered with 404 Unknown Webhook, and
// the answer is lost. With every callback answered after 0-50 ms (at
// random), and the goroutines that queue and answer questions held up
// 0-5 ms at random by the metrics, 2,000 /ask from 500 users over four
// seconds are all answered, and no edit comes early.
func TestEveryAnswerWaitsForItsCallback(t *testing.T) {
	// Not parallel: 2,000 questions under -race take both cores of a CI
	// machine, and starved the tests beside them.
	const (
		n     = 2000
		users = 500
	)
	a := newFakeAsker(fixed("Yes [1]."))
	h := startWith(t, a, func(s *discordtest.Server) {
		s.CallbackDelay = func() time.Duration { return rand.N(50 * time.Millisecond) }
	}, func(o *discord.Options) {
		o.Config.RateBurst = n / users
		o.Config.QueueSize = n
		o.Metrics = slowQueueMetrics{newCountingMetrics(), 5 * time.Millisecond}
		o.Config.ShutdownTimeout.Duration = 10 * time.Second
	})
	// Four seconds of questions, 500 a second.
	began := time.Now()
	for i := range n {
		if wait := time.Until(began.Add(4 * time.Second * time.Duration(i) / n)); wait > 0 {
			time.Sleep(wait)
		}
		u := discordtest.User{ID: fmt.Sprint(330000000000000000 + i%users), Name: fmt.Sprint("user", i%users)}
		h.dispatch("INTERACTION_CREATE", discordtest.Interaction(fmt.Sprint(920000+i), fmt.Sprintf("W%04d", i), "700", "701", u,
			discordtest.Ask("How high?", false)))
	}
	// Every question asked, then stopped: the shutdown waits for every
	// delivery still owed (up to shutdown_timeout).
	dropped := func() int { return h.log.Count("couldn't acknowledge the interaction") }
	testutil.Eventually(t, time.Minute, "not every question reached the bot or was dropped", func() bool {
		return len(a.Questions())+dropped() >= n
	})
	if d := dropped(); d > 0 {
		t.Errorf("%d interactions could not be acknowledged within 5 s and were dropped", d)
	}
	if err := h.stop(); err != nil {
		t.Errorf("Run = %v", err)
	}
	answered := 0
	for _, r := range h.srv.Requests() {
		if r.Method == "PATCH" && r.Status == 200 && strings.Contains(string(r.Body), "Yes [1].") {
			answered++
		}
	}
	if answered != n {
		t.Errorf("%d of %d questions answered", answered, n)
	}
	if e := h.srv.EarlyWebhooks(); e > 0 {
		t.Errorf("%d edits or follow-ups reached Discord before their interaction's callback was answered", e)
	}
	if lost := h.log.Count("couldn't send answer"); lost > 0 {
		t.Errorf("%d answers logged as not sent", lost)
	}
}

const unknownWebhook = `{"message": "Unknown Webhook", "code": 10015}`

// An edit refused with 404 Unknown Webhook is tried once more after the
// callback has been answered: once, not again and again.
func TestUnknownWebhookEditIsRetriedOnce(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name      string
		refusals  int
		delivered bool
	}{
		{"refused once", 1, true},
		{"refused twice", 2, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			tok := "tU" + fmt.Sprint(tt.refusals)
			a := newFakeAsker(fixed("Yes [1]."))
			h := startWith(t, a, func(s *discordtest.Server) {
				s.Fail("PATCH", editPath(tok), tt.refusals, 404, unknownWebhook)
			}, nil)
			lost := h.log.On("couldn't send answer")
			h.dispatch("INTERACTION_CREATE", discordtest.Interaction("590", tok, "700", "701", alice, discordtest.Ask("How high?", false)))
			// Delivered (an edit Discord took) or lost (logged), whichever
			// comes first.
			testutil.Eventually(t, 0, "the answer delivered or logged as lost", func() bool {
				select {
				case <-lost:
					return true
				default:
				}
				return slices.ContainsFunc(h.srv.Requests(), func(r discordtest.Request) bool {
					return r.Method == "PATCH" && r.Path == editPath(tok) && r.Status == 200 && strings.Contains(string(r.Body), "Yes [1].")
				})
			})
			select {
			case <-lost:
				if tt.delivered {
					t.Error("an answer refused once with 404 Unknown Webhook was lost: it is retried")
				}
			default:
				if !tt.delivered {
					t.Error("an answer refused twice was delivered: is the fake's refusal used?")
				}
			}
			if err := h.stop(); err != nil {
				t.Errorf("Run = %v", err)
			}
			edits := 0
			for _, r := range h.srv.Requests() {
				if r.Method == "PATCH" && r.Path == editPath(tok) {
					edits++
				}
			}
			if edits != 2 {
				t.Errorf("%d edits of @original, want 2: the refused one and one retry", edits)
			}
		})
	}
}

// An interaction Discord would not let the bot acknowledge is dropped:
// nothing is ever sent for it, and it is not waited for.
func TestUnacknowledgedInteractionIsDropped(t *testing.T) {
	t.Parallel()
	a := newFakeAsker(fixed("Yes [1]."))
	h := startWith(t, a, func(s *discordtest.Server) {
		s.Fail("POST", "/interactions/597/tX/callback", 1, 400, `{"message": "Unknown interaction", "code": 10062}`)
	}, func(o *discord.Options) { o.Config.ShutdownTimeout.Duration = 10 * time.Second })
	dropped := h.log.On("couldn't acknowledge the interaction; dropping the question")
	h.dispatch("INTERACTION_CREATE", discordtest.Interaction("597", "tX", "700", "701", alice, discordtest.Ask("How high?", false)))
	testutil.Recv(t, dropped, guard, "the question was not dropped")
	began := time.Now()
	if err := h.stop(); err != nil {
		t.Errorf("Run = %v", err)
	}
	if took := time.Since(began); took > 2*time.Second {
		t.Errorf("shutdown took %s: the dropped question was waited for", took)
	}
	for _, r := range h.srv.Requests() {
		if strings.HasPrefix(r.Path, "/webhooks/") && strings.Contains(r.Path, "/tX") {
			t.Errorf("%s sent for an interaction that was never acknowledged", r)
		}
	}
}
