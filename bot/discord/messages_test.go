package discord_test

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"sync/atomic"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
	"github.com/storybot-dev/storybot/bot"
	"github.com/storybot-dev/storybot/bot/discord"
	"github.com/storybot-dev/storybot/bot/discord/discordtest"
	"github.com/storybot-dev/storybot/internal/testutil"
	"github.com/storybot-dev/storybot/retrieval"
	"github.com/storybot-dev/storybot/story"
)

func TestDMGetsReplyWithEmbed(t *testing.T) {
	t.Parallel()
	// The typing indicator shows while the answer is worked out: the
	// answer waits for it (an answer ready before the indicator went out
	// rightly skips it).
	var srv atomic.Pointer[discordtest.Server]
	a := newFakeAsker(func(ctx context.Context, q bot.Question) (*bot.Answer, error) {
		if _, _, err := srv.Load().WaitRequest(ctx, 0, func(r discordtest.Request) bool {
			return r.Method == "POST" && r.Path == "/channels/710/typing"
		}); err != nil {
			return nil, fmt.Errorf("no typing indicator while answering: %w", err)
		}
		return answer("Two metres [1]. @everyone"), nil
	})
	h := start(t, a, nil)
	srv.Store(h.srv)
	h.dispatch("MESSAGE_CREATE", h.srv.UserMessage("601", "", "710", alice, "How high? <@42>", false, ""))
	r, _ := h.wait(h.start, "POST", "/channels/710/messages")
	m := decode(t, r)
	ref, _ := m["message_reference"].(map[string]any)
	if ref["message_id"] != "601" {
		t.Errorf("reply references %v, want message 601", ref)
	}
	if c := m["content"].(string); !strings.HasPrefix(c, "Two metres [1].") || strings.Contains(c, "@everyone") {
		t.Errorf("content = %q", c)
	}
	if e, _ := m["embeds"].([]any); len(e) != 1 {
		t.Errorf("reply has %d embeds, want 1", len(e))
	}
	h.checkNoPings()
}

// An unreachable shared index gets its own polite line, not the generic
// failure, and no detail of the error.
func TestIndexUnavailableIsSaidPolitely(t *testing.T) {
	t.Parallel()
	a := newFakeAsker(func(context.Context, bot.Question) (*bot.Answer, error) {
		return nil, fmt.Errorf("couldn't retrieve passages: %w: dial tcp 10.0.0.9:8080: connection refused", bot.ErrIndexUnavailable)
	})
	h := start(t, a, nil)
	h.dispatch("MESSAGE_CREATE", h.srv.UserMessage("621", "", "720", alice, "How high?", false, ""))
	r, _ := h.wait(h.start, "POST", "/channels/720/messages")
	if c := decode(t, r)["content"].(string); c != discord.MsgIndexDown {
		t.Errorf("content = %q, want %q", c, discord.MsgIndexDown)
	}
	h.checkNoPings()
}

func TestGuildAnswersMentionsOnly(t *testing.T) {
	t.Parallel()
	a := newFakeAsker(fixed("Yes [1]."))
	h := start(t, a, nil)
	ignoredPlain, ignoredBot := h.log.OnWith("message ignored", "message_id", "610"), h.log.OnWith("message ignored", "message_id", "612")
	// A plain message first, then a mention: only the mention is answered.
	h.dispatch("MESSAGE_CREATE", h.srv.UserMessage("610", "700", "701", alice, "just chatting about the flood", false, ""))
	h.dispatch("MESSAGE_CREATE", h.srv.UserMessage("611", "700", "701", alice, "<@"+discordtest.BotID+"> did the river flood?", true, ""))
	// Messages by bots, the bot itself included, are ignored.
	other := discordtest.User{ID: "300000000000000009", Name: "otherbot"}
	bm := h.srv.UserMessage("612", "700", "701", other, "<@"+discordtest.BotID+"> hi", true, "")
	bm["author"].(map[string]any)["bot"] = true
	h.dispatch("MESSAGE_CREATE", bm)
	r, _ := h.wait(h.start, "POST", "/channels/701/messages")
	if ref := decode(t, r)["message_reference"].(map[string]any); ref["message_id"] != "611" {
		t.Errorf("replied to %v, want the mention 611", ref["message_id"])
	}
	// Each handler runs in its own goroutine: wait until both others were
	// seen and dropped before counting the questions.
	for _, ch := range []<-chan struct{}{ignoredPlain, ignoredBot} {
		select {
		case <-ch:
		case <-h.ctx.Done():
			t.Fatal("a message that must be ignored was not seen as ignored")
		}
	}
	var texts []string
	for _, q := range a.Questions() {
		texts = append(texts, q.Text)
	}
	if d := cmp.Diff([]string{"did the river flood?"}, texts); d != "" {
		t.Errorf("questions asked (-want +got):\n%s", d)
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

// A streamed reply whose final edit fails gets the answer as a new reply;
// a failed edit while streaming keeps the reply it meant to change.
func TestFailedEditsDoNotLoseTheAnswer(t *testing.T) {
	t.Parallel()
	var h *harness
	ready := make(chan struct{})
	a := newFakeAsker(func(ctx context.Context, q bot.Question) (*bot.Answer, error) {
		<-ready
		q.OnPartial("The river")
		h.waitOK(h.start, "POST", "/channels/740/messages")
		// The streamed reply exists; its next edits fail, as a deleted
		// message's do.
		msg := h.srv.ReplyTo("691")["id"].(string)
		h.srv.Fail("PATCH", "/channels/740/messages/"+msg, 1000, 404, `{"message": "Unknown Message", "code": 10008}`)
		q.OnPartial("The river rose")
		_, _, err := h.srv.WaitRequest(ctx, 0, func(r discordtest.Request) bool {
			return r.Method == "PATCH" && r.Path == "/channels/740/messages/"+msg
		})
		return answer("The river rose two metres [1]."), err
	})
	h = start(t, a, nil)
	close(ready)
	h.dispatch("MESSAGE_CREATE", h.srv.UserMessage("691", "", "740", alice, "How high?", false, ""))
	// The answer, delivered however it was: a new reply or an edit.
	var delivered discordtest.Request
	testutil.Eventually(t, 0, "the answer", func() bool {
		for _, r := range h.srv.Requests() {
			if strings.HasPrefix(r.Path, "/channels/740/messages") && r.Status == 200 && strings.Contains(string(r.Body), "two metres [1]") {
				delivered = r
				return true
			}
		}
		return false
	})
	if delivered.Method != "POST" || delivered.Path != "/channels/740/messages" {
		t.Errorf("the answer went out as %s, want a new reply: the streamed reply can't be edited", delivered)
	}
	posts := 0
	for _, r := range h.srv.Requests() {
		if r.Method == "POST" && r.Path == "/channels/740/messages" {
			posts++
			if b := string(r.Body); strings.Contains(b, "The river rose") && !strings.Contains(b, "two metres") {
				t.Errorf("the failed streaming edit was re-sent as a new reply: %s", b)
			}
		}
	}
	// One streamed reply, one final reply: the failed streaming edit was
	// not re-sent as a new reply of its own.
	if posts != 2 {
		t.Errorf("%d replies posted, want 2 (the streamed one and the answer after its edit failed)", posts)
	}
}

func TestFollowUpGetsHistory(t *testing.T) {
	t.Parallel()
	a := newFakeAsker(fixed("Two metres [1]."))
	h := start(t, a, nil)
	h.dispatch("MESSAGE_CREATE", h.srv.UserMessage("620", "", "710", alice, "How high did the river rise?", false, ""))
	h.wait(h.start, "POST", "/channels/710/messages")
	a.next(t)
	var replyID string
	if err := h.srv.Wait(h.ctx, func(s *discordtest.Server) bool {
		if m := s.ReplyTo("620"); m != nil {
			replyID = m["id"].(string)
		}
		return replyID != ""
	}); err != nil {
		t.Fatal(err)
	}
	h.dispatch("MESSAGE_CREATE", h.srv.UserMessage("621", "", "710", alice, "And what did officials say?", false, replyID))
	q := a.next(t)
	want := []bot.Turn{{Question: "How high did the river rise?", Answer: "Two metres [1]."}}
	if d := cmp.Diff(want, q.History); d != "" {
		t.Errorf("follow-up history (-want +got):\n%s", d)
	}
}

// A follow-up takes at most follow_up_depth earlier turns, the latest.
func TestFollowUpDepthIsLimited(t *testing.T) {
	t.Parallel()
	a := newFakeAsker(func(_ context.Context, q bot.Question) (*bot.Answer, error) {
		return answer("A to " + q.Text + " [1]."), nil
	})
	h := start(t, a, func(o *discord.Options) { o.Config.FollowUpDepth, o.Config.RateBurst = 2, 10 })
	replyTo := ""
	for n, q := range []string{"Q1?", "Q2?", "Q3?", "Q4?"} {
		id := fmt.Sprint(693 + n)
		h.dispatch("MESSAGE_CREATE", h.srv.UserMessage(id, "", "742", alice, q, false, replyTo))
		testutil.Eventually(t, 0, "the answer to "+q, func() bool { return h.srv.ReplyTo(id) != nil })
		replyTo = h.srv.ReplyTo(id)["id"].(string)
	}
	qs := a.Questions()
	last := qs[len(qs)-1]
	want := []bot.Turn{{Question: "Q2?", Answer: "A to Q2? [1]."}, {Question: "Q3?", Answer: "A to Q3? [1]."}}
	if d := cmp.Diff(want, last.History); d != "" {
		t.Errorf("history of the fourth question (-want +got):\n%s", d)
	}
}

// A follow-up is searched with the question it follows: "How many
// visitors did it draw?" after a question about the Zorblax festival
// finds the festival, not the museum that "visitors" alone finds.
func TestFollowUpRetrievalUsesThePreviousQuestion(t *testing.T) {
	t.Parallel()
	stories, err := story.Load(fstest.MapFS{
		"festival.txt": {Data: []byte("The Zorblax festival in Quentaro opened on a rainy Friday. It drew 4,200 visitors over the weekend, organisers said.\n")},
		"museum.txt":   {Data: []byte("The Vellmora museum drew 9,900 visitors. Visitors said the visitors' hall was crowded with visitors.\n")},
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	ix, err := retrieval.Open(context.Background(), t.TempDir(), stories, retrieval.NewHashEmbedder(0), retrieval.DefaultOptions(), slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	b := bot.New(ix, nil, bot.DefaultOptions(), nil)
	top := func(a *bot.Answer) string {
		if a == nil || len(a.Passages) == 0 {
			return ""
		}
		return a.Passages[0].Source
	}
	// The follow-up alone finds the museum first: the test means something.
	if alone, err := b.Ask(context.Background(), bot.Question{Text: "How many visitors did it draw?"}); err != nil || top(alone) != "museum.txt" {
		t.Fatalf("the follow-up alone retrieves %q first (%v); want museum.txt (the test's premise)", top(alone), err)
	}
	answers := make(chan *bot.Answer, 10)
	h := start(t, newFakeAsker(func(ctx context.Context, q bot.Question) (*bot.Answer, error) {
		a, err := b.Ask(ctx, q)
		answers <- a
		return a, err
	}), nil)
	h.dispatch("MESSAGE_CREATE", h.srv.UserMessage("700", "", "743", alice, "When did the Zorblax festival in Quentaro open?", false, ""))
	testutil.Eventually(t, 0, "the first answer", func() bool { return h.srv.ReplyTo("700") != nil })
	first := h.srv.ReplyTo("700")["id"].(string)
	h.dispatch("MESSAGE_CREATE", h.srv.UserMessage("701", "", "743", alice, "How many visitors did it draw?", false, first))
	testutil.Recv(t, answers, guard, "the first question was not answered")
	if got := top(testutil.Recv(t, answers, guard, "the follow-up was not answered")); got != "festival.txt" {
		t.Errorf("the follow-up retrieved %q first, want festival.txt: it must be searched with the question it follows", got)
	}
}
