package discord_test

import (
	"context"
	"encoding/json"
	"log/slog"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/storybot-dev/storybot/bot"
	"github.com/storybot-dev/storybot/bot/discord"
	"github.com/storybot-dev/storybot/bot/discord/discordtest"
	"github.com/storybot-dev/storybot/config"
	"github.com/storybot-dev/storybot/internal/testutil"
)

func TestRESTRateLimitIsRetried(t *testing.T) {
	t.Parallel()
	h := start(t, newFakeAsker(fixed("Two metres [1].")), nil)
	h.srv.RateLimit("POST", "/channels/710/messages", 1)
	h.dispatch("MESSAGE_CREATE", h.srv.UserMessage("630", "", "710", alice, "How high?", false, ""))
	first, i := h.wait(h.start, "POST", "/channels/710/messages")
	retry, _ := h.wait(i+1, "POST", "/channels/710/messages")
	if string(first.Body) != string(retry.Body) {
		t.Errorf("retry body differs:\n%s\n%s", first.Body, retry.Body)
	}
	// The retried reply reached the fake's store.
	if err := h.srv.Wait(h.ctx, func(s *discordtest.Server) bool {
		m := s.ReplyTo("630")
		return m != nil && strings.HasPrefix(m["content"].(string), "Two metres")
	}); err != nil {
		t.Error(err)
	}
	h.checkNoPings()
}

type countingMetrics struct {
	mu          sync.Mutex
	answered    map[string]int
	rateLimited map[string]int
}

func (m *countingMetrics) Answered(surface string, _ *bot.Answer, _ error, _ time.Duration) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.answered[surface]++
}

func (m *countingMetrics) RateLimited(surface string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.rateLimited[surface]++
}

func TestUserRateLimitAnswersPolitely(t *testing.T) {
	t.Parallel()
	metrics := &countingMetrics{answered: map[string]int{}, rateLimited: map[string]int{}}
	h := start(t, newFakeAsker(fixed("Yes [1].")), func(o *discord.Options) {
		o.Config.RateBurst = 1
		o.Config.RatePerMinute = 0.001 // one question, then none for the test's life
		o.Metrics = metrics
	})
	h.dispatch("INTERACTION_CREATE", discordtest.Interaction("510", "t10", "700", "701", alice, discordtest.Ask("First?", false)))
	h.wait(h.start, "PATCH", "/webhooks/"+discordtest.AppID+"/t10/messages/@original")
	h.dispatch("INTERACTION_CREATE", discordtest.Interaction("511", "t11", "700", "701", alice, discordtest.Ask("Second?", false)))
	r, _ := h.wait(h.start, "POST", "/interactions/511/t11/callback")
	var body struct {
		Type int `json:"type"`
		Data struct {
			Content string `json:"content"`
			Flags   int    `json:"flags"`
		} `json:"data"`
	}
	if err := json.Unmarshal(r.Body, &body); err != nil {
		t.Fatal(err)
	}
	if body.Type != 4 || body.Data.Flags != 64 || !strings.Contains(body.Data.Content, "Please wait a minute") {
		t.Errorf("rate-limited response = %+v, want an ephemeral notice (type 4, flags 64)", body)
	}
	// Another user is not limited by alice's bucket.
	bob := discordtest.User{ID: "300000000000000002", Name: "bob"}
	h.dispatch("INTERACTION_CREATE", discordtest.Interaction("512", "t12", "700", "701", bob, discordtest.Ask("Third?", false)))
	h.wait(h.start, "PATCH", "/webhooks/"+discordtest.AppID+"/t12/messages/@original")
	metrics.mu.Lock()
	if metrics.rateLimited["slash"] != 1 || metrics.answered["slash"] != 2 {
		t.Errorf("metrics: rate limited %v, answered %v; want 1 and 2 on slash", metrics.rateLimited, metrics.answered)
	}
	metrics.mu.Unlock()
	h.checkNoPings()
}

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

func TestStreamsByEditingThenFinalAnswer(t *testing.T) {
	t.Parallel()
	// The asker waits until the first text is on Discord before going on:
	// otherwise the answer can finish before the streamer shows anything,
	// and the final answer is rightly posted as a new message instead.
	var srv atomic.Pointer[discordtest.Server]
	a := newFakeAsker(func(ctx context.Context, q bot.Question) (*bot.Answer, error) {
		q.OnPartial("The")
		_, _, err := srv.Load().WaitRequest(ctx, 0, func(r discordtest.Request) bool {
			return r.Method == "POST" && r.Path == "/channels/710/messages"
		})
		if err != nil {
			return nil, err
		}
		for _, s := range []string{"The river @everyone", "The river rose"} {
			q.OnPartial(s)
		}
		return answer("The river rose two metres [1]."), nil
	})
	h := start(t, a, nil)
	srv.Store(h.srv)
	h.dispatch("MESSAGE_CREATE", h.srv.UserMessage("640", "", "710", alice, "How high?", false, ""))
	post, i := h.wait(h.start, "POST", "/channels/710/messages")
	if c := decode(t, post)["content"].(string); !strings.HasPrefix(c, "The") {
		t.Errorf("first streamed text = %q", c)
	}
	// The final answer edits the streamed message; no second message.
	final, _, err := h.srv.WaitRequest(h.ctx, i, func(r discordtest.Request) bool {
		return r.Method == "PATCH" && strings.Contains(string(r.Body), "two metres [1]")
	})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(final.Path, "/channels/710/messages/") {
		t.Errorf("final answer went to %s, want an edit of the streamed reply", final.Path)
	}
	for _, r := range h.srv.Requests() {
		if strings.Contains(string(r.Body), "@everyone") {
			t.Errorf("%s carries a live @everyone: %s", r, r.Body)
		}
	}
	h.checkNoPings()
}

func TestAllowListsAndBadToken(t *testing.T) {
	t.Parallel()
	h := start(t, newFakeAsker(fixed("Yes [1].")), func(o *discord.Options) {
		o.Config.AllowedGuilds = []string{"700"}
	})
	h.dispatch("INTERACTION_CREATE", discordtest.Interaction("530", "t30", "799", "701", alice, discordtest.Ask("Here?", false)))
	r, _ := h.wait(h.start, "POST", "/interactions/530/t30/callback")
	if !strings.Contains(string(r.Body), "don't answer questions in this channel") {
		t.Errorf("interaction from another guild got %s", r.Body)
	}
	if len(h.ask.Questions()) != 0 {
		t.Error("a question from a guild not on the allow-list was answered")
	}

	srv := discordtest.New("the-right-token")
	defer srv.Close()
	opts := discord.Options{Config: config.Default().Discord}
	opts.Config.APIURL = srv.URL
	err := discord.Run(context.Background(), "wrong", newFakeAsker(fixed("x")), opts, slog.New(slog.DiscardHandler))
	if err != discord.ErrTokenRejected {
		t.Errorf("Run with a wrong token = %v, want ErrTokenRejected", err)
	}
	if strings.Contains(err.Error(), "wrong") || strings.Contains(err.Error(), "\n") {
		t.Errorf("error %q shows the token or is not one line", err)
	}
	if err := discord.Run(context.Background(), "", nil, opts, nil); err == nil || !strings.Contains(err.Error(), "DISCORD_TOKEN") {
		t.Errorf("Run without a token = %v", err)
	}
}
