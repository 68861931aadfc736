package discord_test

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/storybot-dev/storybot/bot"
	"github.com/storybot-dev/storybot/bot/discord"
	"github.com/storybot-dev/storybot/bot/discord/discordtest"
	"github.com/storybot-dev/storybot/internal/testutil"
	"github.com/storybot-dev/storybot/retrieval"
	"github.com/storybot-dev/storybot/story"
)

// Item 9, the paths a deliberately broken build still passed.

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

// DMs and mentions pass through the per-user rate limit too.
func TestDMsAndMentionsAreRateLimited(t *testing.T) {
	t.Parallel()
	a := newFakeAsker(fixed("Yes [1]."))
	h := start(t, a, func(o *discord.Options) {
		o.Config.RateBurst = 1
		o.Config.RatePerMinute = 0.001
	})
	h.dispatch("MESSAGE_CREATE", h.srv.UserMessage("680", "", "730", alice, "How high?", false, ""))
	a.next(t)
	h.dispatch("MESSAGE_CREATE", h.srv.UserMessage("681", "", "730", alice, "And again?", false, ""))
	h.dispatch("MESSAGE_CREATE", h.srv.UserMessage("682", "700", "731", alice, "<@"+discordtest.BotID+"> and here?", true, ""))
	// Each message is either refused (logged) or asked: wait for all three,
	// so a limit skipped on either surface fails here at once, by name.
	refused := func() (dm, mention int) {
		for _, l := range h.log.Logged() {
			switch {
			case strings.Contains(l, "rate limited surface=dm "):
				dm++
			case strings.Contains(l, "rate limited surface=mention "):
				mention++
			}
		}
		return dm, mention
	}
	testutil.Eventually(t, 0, "all three messages refused or asked", func() bool {
		dm, mention := refused()
		return dm+mention+len(a.Questions()) >= 3
	})
	if dm, mention := refused(); dm != 1 || mention != 1 {
		t.Errorf("refused %d DMs and %d mentions, want 1 and 1: both surfaces are rate limited", dm, mention)
	}
	if n := len(a.Questions()); n != 1 {
		t.Errorf("%d questions reached the bot, want 1: the rest are over the limit", n)
	}
	// The two arrive side by side: whichever was refused first is told.
	testutil.Eventually(t, 0, "the notice", func() bool { return h.srv.ReplyTo("681") != nil || h.srv.ReplyTo("682") != nil })
	notice := h.srv.ReplyTo("681")
	if notice == nil {
		notice = h.srv.ReplyTo("682")
	}
	if c := notice["content"].(string); !strings.Contains(c, "faster than I can keep up") {
		t.Errorf("a message over the limit was told %q", c)
	}
}

// The rate-limit notice is sent once per run of refusals, not each time.
func TestRateLimitNoticeIsSentOnce(t *testing.T) {
	t.Parallel()
	a := newFakeAsker(fixed("Yes [1]."))
	h := start(t, a, func(o *discord.Options) {
		o.Config.RateBurst = 1
		o.Config.RatePerMinute = 0.001
	})
	ignored := h.log.On("rate limited")
	h.dispatch("MESSAGE_CREATE", h.srv.UserMessage("683", "", "732", alice, "How high?", false, ""))
	a.next(t)
	h.dispatch("MESSAGE_CREATE", h.srv.UserMessage("684", "", "732", alice, "Again?", false, ""))
	testutil.Recv(t, ignored, guard, "the second question was not rate limited")
	for n := range 3 {
		seen := h.log.On("rate limited")
		h.dispatch("MESSAGE_CREATE", h.srv.UserMessage(fmt.Sprint(685+n), "", "732", alice, "Again?", false, ""))
		testutil.Recv(t, seen, guard, "a question over the limit was not refused")
	}
	testutil.Eventually(t, 0, "the answer and the notice", func() bool { return h.srv.ReplyTo("683") != nil && h.srv.ReplyTo("684") != nil })
	// Every delivery in the channel's lane is done once a later one is:
	// ask the lane for one more reply (a DM from someone else).
	bob := discordtest.User{ID: "300000000000000002", Name: "bob"}
	h.dispatch("MESSAGE_CREATE", h.srv.UserMessage("690", "", "732", bob, "How high?", false, ""))
	testutil.Eventually(t, 0, "bob's answer", func() bool { return h.srv.ReplyTo("690") != nil })
	notices := 0
	for _, r := range h.srv.Requests() {
		if r.Method == "POST" && r.Path == "/channels/732/messages" && strings.Contains(string(r.Body), "faster than I can keep up") {
			notices++
		}
	}
	if notices != 1 {
		t.Errorf("%d rate-limit notices for four refusals in a row, want 1", notices)
	}
}

// The deferred response is edited even when the answer's deadline has
// passed: the user is never left on "thinking…".
func TestFinalEditAfterTheAnswerDeadline(t *testing.T) {
	t.Parallel()
	a := newFakeAsker(func(ctx context.Context, q bot.Question) (*bot.Answer, error) {
		<-ctx.Done()
		return nil, ctx.Err()
	})
	h := start(t, a, func(o *discord.Options) { o.AnswerTimeout = 30 * time.Millisecond })
	failed := h.log.On("couldn't answer")
	h.dispatch("INTERACTION_CREATE", discordtest.Interaction("560", "tD", "700", "701", alice, discordtest.Ask("Slow?", false)))
	select {
	case <-failed:
	case <-h.ctx.Done():
		t.Fatal("the answer never failed at its deadline")
	}
	// The answer has failed. Stopping the bot waits for every delivery
	// still owed: once Run returns, the edit was made or never will be.
	if err := h.stop(); err != nil {
		t.Errorf("Run = %v", err)
	}
	var edits []string
	for _, r := range h.srv.Requests() {
		if r.Method == "PATCH" && r.Path == editPath("tD") && r.Status == 200 {
			edits = append(edits, string(r.Body))
		}
	}
	if len(edits) == 0 {
		t.Fatal("the deferred response was never edited after the answer's deadline: the user is left on \"thinking…\"")
	}
	if last := edits[len(edits)-1]; !strings.Contains(last, "couldn't answer that just now") {
		t.Errorf("after the deadline the response was edited with %s, want the polite failure line", last)
	}
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

// Item 1: questions beyond the answering slots wait in line instead of
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
