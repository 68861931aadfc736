package discord

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/storybot-dev/storybot/bot"
	"github.com/storybot-dev/storybot/bot/discord/discordtest"
	"github.com/storybot-dev/storybot/config"
	"github.com/storybot-dev/storybot/internal/testutil"
)

// Tasks of one lane run one at a time, in order; other lanes go on while
// one is held; wait returns once nothing is pending.
func TestLanesRunEachKeyInOrderAndKeysSideBySide(t *testing.T) {
	t.Parallel()
	l := newLanes()
	var mu sync.Mutex
	var order []int
	active, most := 0, 0
	hold, bDone := make(chan struct{}), make(chan struct{})
	l.push("a", func() { <-hold })
	for i := range 50 {
		l.push("a", func() {
			mu.Lock()
			active++
			most = max(most, active)
			order = append(order, i)
			mu.Unlock()
			time.Sleep(100 * time.Microsecond)
			mu.Lock()
			active--
			mu.Unlock()
		})
	}
	l.push("b", func() { close(bDone) })
	testutil.Recv(t, bDone, 0, "lane b waited for lane a's held task")
	close(hold)
	ctx, cancel := context.WithTimeout(context.Background(), testutil.Wait)
	defer cancel()
	l.wait(ctx)
	if ctx.Err() != nil {
		t.Fatal("lanes.wait did not return once every task had run: pending not counted down")
	}
	mu.Lock()
	defer mu.Unlock()
	if most != 1 {
		t.Errorf("%d tasks of one lane ran at once, want 1", most)
	}
	if !slices.IsSorted(order) || len(order) != 50 {
		t.Errorf("lane a ran its tasks in the order %v, want 0..49", order)
	}
}

// ackSession is a Discord that answers interaction callbacks slowly and,
// as Discord does, refuses an interaction's edits and follow-ups until
// its callback has been answered (404 Unknown Webhook). It records the
// order of everything done to each interaction.
type ackSession struct {
	Session  // messages are not expected: nil panics
	ackDelay time.Duration

	mu    sync.Mutex
	acked map[string]bool
	log   map[string][]string // token -> "callback", "edit: content", "follow-up: content", "early"
}

func (s *ackSession) record(tok, what string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.log[tok] = append(s.log[tok], what)
}

func (s *ackSession) InteractionRespond(i *discordgo.Interaction, r *discordgo.InteractionResponse, _ ...discordgo.RequestOption) error {
	time.Sleep(s.ackDelay)
	s.mu.Lock()
	s.acked[i.Token] = true
	s.mu.Unlock()
	s.record(i.Token, "callback")
	return nil
}

func (s *ackSession) webhook(i *discordgo.Interaction, what string) error {
	s.mu.Lock()
	ok := s.acked[i.Token]
	s.mu.Unlock()
	if !ok {
		s.record(i.Token, "early "+what)
		return &discordgo.RESTError{Response: &http.Response{StatusCode: 404}, Message: &discordgo.APIErrorMessage{Code: discordgo.ErrCodeUnknownWebhook}}
	}
	s.record(i.Token, what)
	return nil
}

func (s *ackSession) InteractionResponseEdit(i *discordgo.Interaction, e *discordgo.WebhookEdit, _ ...discordgo.RequestOption) (*discordgo.Message, error) {
	return &discordgo.Message{}, s.webhook(i, "edit: "+*e.Content)
}

func (s *ackSession) FollowupMessageCreate(i *discordgo.Interaction, _ bool, p *discordgo.WebhookParams, _ ...discordgo.RequestOption) (*discordgo.Message, error) {
	return &discordgo.Message{}, s.webhook(i, "follow-up: "+p.Content)
}

// streamAsker streams three growing partial texts, then answers.
type streamAsker struct{}

func (streamAsker) Ask(_ context.Context, q bot.Question) (*bot.Answer, error) {
	for _, s := range []string{"The", "The river", "The river rose"} {
		q.OnPartial(s)
		time.Sleep(2 * time.Millisecond)
	}
	return &bot.Answer{Text: "The river rose two metres.", Mode: bot.ModeLLM}, nil
}
func (streamAsker) Sources() []bot.Source                                { return nil }
func (streamAsker) Summary(context.Context, string) (*bot.Answer, error) { return nil, nil }

// With the acknowledgement answered 30 ms late, every interaction's sends
// wait for it and come in order: the place in line, the streamed texts
// growing, the answer last. Nothing reaches Discord before its callback.
func TestInteractionSendsFollowTheirCallbackInOrder(t *testing.T) {
	t.Parallel()
	s := &ackSession{ackDelay: 30 * time.Millisecond, acked: map[string]bool{}, log: map[string][]string{}}
	cfg := config.Default().Discord
	cfg.MaxInFlight = 1
	h := NewHandler(s, streamAsker{}, Options{Config: cfg, EditInterval: time.Millisecond, PlaceAfter: 5 * time.Millisecond}, slog.New(slog.DiscardHandler))
	const n = 8
	for k := range n {
		raw, _ := json.Marshal(discordtest.Interaction(fmt.Sprint(600+k), fmt.Sprint("t", k), "700", "701",
			discordtest.User{ID: fmt.Sprint(310000000000000000 + k), Name: "u"}, discordtest.Ask("How high?", false)))
		var i discordgo.Interaction
		if err := json.Unmarshal(raw, &i); err != nil {
			t.Fatal(err)
		}
		go h.handleInteraction(&i)
	}
	final := func(tok string) bool {
		s.mu.Lock()
		defer s.mu.Unlock()
		return slices.ContainsFunc(s.log[tok], func(e string) bool { return strings.Contains(e, "two metres") })
	}
	for k := range n {
		testutil.Eventually(t, 0, fmt.Sprint("the answer of interaction ", k), func() bool { return final(fmt.Sprint("t", k)) })
	}
	ctx, cancel := context.WithTimeout(context.Background(), testutil.Wait)
	defer cancel()
	if err := h.Shutdown(ctx); err != nil {
		t.Errorf("Shutdown = %v", err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for tok, events := range s.log {
		if events[0] != "callback" {
			t.Errorf("%s: %q came first, want the callback", tok, events[0])
		}
		var texts []string
		for _, e := range events[1:] {
			text, ok := strings.CutPrefix(e, "edit: ")
			if !ok {
				t.Errorf("%s: %q after the callback, want edits only", tok, e)
				continue
			}
			texts = append(texts, text)
		}
		if len(texts) == 0 || !strings.HasPrefix(texts[len(texts)-1], "The river rose two metres.") {
			t.Errorf("%s: edits %q, want the answer last", tok, texts)
			continue
		}
		// The place in line, if shown, before the streamed text; each
		// streamed text longer than the last.
		streamed := false
		last := ""
		for _, x := range texts[:len(texts)-1] {
			if strings.Contains(x, "in line") {
				if streamed {
					t.Errorf("%s: the place in line %q shown after the streamed text", tok, x)
				}
				continue
			}
			streamed = true
			if len(x) < len(last) || !strings.HasPrefix(x, strings.TrimSuffix(last, "…")) {
				t.Errorf("%s: streamed %q after %q: out of order", tok, x, last)
			}
			last = x
		}
	}
}
