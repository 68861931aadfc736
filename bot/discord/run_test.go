package discord_test

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/storybot-dev/storybot/bot"
	"github.com/storybot-dev/storybot/bot/discord"
	"github.com/storybot-dev/storybot/bot/discord/discordtest"
	"github.com/storybot-dev/storybot/config"
	"github.com/storybot-dev/storybot/internal/testutil"
)

const token = "test-token"

var alice = discordtest.User{ID: "300000000000000001", Name: "alice"}

// fakeAsker answers from a script and records the questions.
type fakeAsker struct {
	answer func(ctx context.Context, q bot.Question) (*bot.Answer, error)

	mu        sync.Mutex
	questions []bot.Question
	asked     chan bot.Question
}

func newFakeAsker(answer func(context.Context, bot.Question) (*bot.Answer, error)) *fakeAsker {
	return &fakeAsker{answer: answer, asked: make(chan bot.Question, 100)}
}

func (f *fakeAsker) Ask(ctx context.Context, q bot.Question) (*bot.Answer, error) {
	f.mu.Lock()
	f.questions = append(f.questions, q)
	f.mu.Unlock()
	select {
	case f.asked <- q:
	default: // a test that asks more than asked holds reads Questions
	}
	return f.answer(ctx, q)
}

func (f *fakeAsker) Sources() []bot.Source {
	return []bot.Source{{Source: "000_a.txt", Title: "Flood in the valley", Date: "2024-03-01"}}
}

func (f *fakeAsker) Summary(_ context.Context, about string) (*bot.Answer, error) {
	return answer("Summary of " + about + ": the valley flooded [1]."), nil
}

// next is the next question asked.
func (f *fakeAsker) next(t *testing.T) bot.Question {
	t.Helper()
	return testutil.Recv(t, f.asked, guard, "no question reached the bot")
}

func (f *fakeAsker) Questions() []bot.Question {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]bot.Question(nil), f.questions...)
}

// answer is a scripted answer with one citation.
func answer(text string) *bot.Answer {
	return &bot.Answer{Text: text, Mode: bot.ModeExtractive, Citations: []bot.Citation{{
		N: 1, Source: "000_a.txt", Title: "Flood in the valley", Date: "2024-03-01", Start: 0, End: 40,
		Quote: "The river rose two metres overnight, officials said.",
	}}}
}

func fixed(text string) func(context.Context, bot.Question) (*bot.Answer, error) {
	return func(context.Context, bot.Question) (*bot.Answer, error) { return answer(text), nil }
}

// guard bounds every wait of a test on the bot: far more than any takes.
const guard = 6 * time.Second

type harness struct {
	t     *testing.T
	srv   *discordtest.Server
	ask   *fakeAsker
	log   *testutil.Sink
	ctx   context.Context
	stop  func() error
	start int // requests before the test's own events
	opts  discord.Options
}

// start runs the bot against a fresh loopback Discord until it has
// registered its commands.
func start(t *testing.T, a *fakeAsker, tune func(*discord.Options)) *harness {
	t.Helper()
	return startWith(t, a, nil, tune)
}

// startWith is start with the loopback Discord set up by tuneSrv first.
func startWith(t *testing.T, a *fakeAsker, tuneSrv func(*discordtest.Server), tune func(*discord.Options)) *harness {
	t.Helper()
	sink := testutil.NewSink(t)
	srv := discordtest.New(token)
	t.Cleanup(srv.Close)
	if tuneSrv != nil {
		tuneSrv(srv)
	}
	opts := discord.Options{Config: config.Default().Discord, EditInterval: 5 * time.Millisecond}
	opts.Config.APIURL = srv.URL
	// Long enough for any answer a test holds back, short enough that a
	// test failing with one held still ends in seconds.
	opts.Config.ShutdownTimeout.Duration = 3 * time.Second
	if tune != nil {
		tune(&opts)
	}
	// A guard, not a measurement: a broken test fails within seconds
	// instead of hanging.
	ctx, cancelTest := context.WithTimeout(context.Background(), guard)
	t.Cleanup(cancelTest)
	connected := sink.On("connected to Discord")
	runCtx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	go func() { errc <- discord.Run(runCtx, token, a, opts, sink.Logger()) }()
	var once sync.Once
	var runErr error
	stop := func() error {
		once.Do(func() {
			cancel()
			// Run ends within its shutdown_timeout; a broken shutdown
			// fails here instead of hanging the test.
			limit := opts.Config.ShutdownTimeout.Duration + 5*time.Second
			select {
			case runErr = <-errc:
			case <-time.After(limit):
				runErr = fmt.Errorf("Run did not return within %s of the shutdown", limit)
				t.Error(runErr)
			}
		})
		return runErr
	}
	t.Cleanup(func() { _ = stop() })
	select {
	case <-connected:
	case err := <-errc:
		errc <- err
		t.Fatalf("Run returned %v before it was connected", err)
	case <-ctx.Done():
		t.Fatal("the bot never connected")
	}
	return &harness{t: t, srv: srv, ask: a, log: sink, ctx: ctx, stop: stop, start: len(srv.Requests()), opts: opts}
}

func (h *harness) dispatch(event string, data any) {
	h.t.Helper()
	if err := h.srv.Dispatch(event, data); err != nil {
		h.t.Fatal(err)
	}
}

// wait returns the first request from index from on that is method path.
func (h *harness) wait(from int, method, path string) (discordtest.Request, int) {
	h.t.Helper()
	r, i, err := h.srv.WaitRequest(h.ctx, from, func(r discordtest.Request) bool { return r.Method == method && r.Path == path })
	if err != nil {
		h.t.Fatalf("no %s %s: %v\nrequests: %v", method, path, err, h.srv.Requests())
	}
	return r, i
}

// checkNoPings checks every request the bot made.
func (h *harness) checkNoPings() {
	h.t.Helper()
	n := 0
	for _, r := range h.srv.Requests() {
		if err := r.CheckNoPings(); err != nil {
			h.t.Error(err)
		}
		if r.CarriesMessage() {
			n++
		}
	}
	if n == 0 {
		h.t.Error("no request carried a message: nothing was checked")
	}
}

func decode(t *testing.T, r discordtest.Request) map[string]any {
	t.Helper()
	m, err := r.Message()
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestRegistersCommandsWithMinimalIntents(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name, guild, path string
		content           bool
		intents           float64
	}{
		// GUILD_MESSAGES 1<<9 | DIRECT_MESSAGES 1<<12; MESSAGE_CONTENT 1<<15.
		{"global", "", "/applications/" + discordtest.AppID + "/commands", false, 512 + 4096},
		{"guild", "700", "/applications/" + discordtest.AppID + "/guilds/700/commands", true, 512 + 4096 + 32768},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			h := start(t, newFakeAsker(fixed("x")), func(o *discord.Options) {
				o.Config.GuildID = tt.guild
				o.Config.MessageContent = tt.content
			})
			r, _ := h.wait(0, "PUT", tt.path)
			var got []map[string]any
			if err := json.Unmarshal(r.Body, &got); err != nil {
				t.Fatal(err)
			}
			want := []map[string]any{
				{"type": 1.0, "name": "ask", "description": "Ask a question about the stories; the answer cites its sources",
					"options": []any{
						map[string]any{"type": 3.0, "name": "question", "description": "Your question", "required": true, "max_length": 1000.0},
						map[string]any{"type": 5.0, "name": "private", "description": "Show the answer to you only", "required": false},
					}},
				{"type": 1.0, "name": "sources", "description": "List the stories I can answer from", "options": nil},
				{"type": 1.0, "name": "summary", "description": "Summarise a story in a few cited sentences", "options": []any{
					map[string]any{"type": 3.0, "name": "story", "description": "Which story: words of its title or its file name (leave out when there is one)", "max_length": 1000.0, "required": false},
				}},
				{"type": 1.0, "name": "help", "description": "How to ask me questions", "options": nil},
				{"type": 3.0, "name": "Ask storybot", "options": nil},
			}
			if d := cmp.Diff(want, clean(got)); d != "" {
				t.Errorf("bulk overwrite body (-want +got):\n%s", d)
			}
			ids := h.srv.Identify()
			if len(ids) != 1 {
				t.Fatalf("%d IDENTIFY payloads, want 1", len(ids))
			}
			var id struct {
				D struct {
					Token   string  `json:"token"`
					Intents float64 `json:"intents"`
				} `json:"d"`
			}
			if err := json.Unmarshal(ids[0], &id); err != nil {
				t.Fatal(err)
			}
			if id.D.Intents != tt.intents || id.D.Token != "Bot "+token {
				t.Errorf("IDENTIFY intents %v token ok %v, want intents %v", id.D.Intents, id.D.Token == "Bot "+token, tt.intents)
			}
			// The client heartbeats and the fake ACKs (else it would reconnect).
			if err := h.srv.Wait(h.ctx, func(s *discordtest.Server) bool { return s.Heartbeats() > 0 }); err != nil {
				t.Error(err)
			}
			if err := h.stop(); err != nil {
				t.Errorf("Run returned %v after shutdown, want nil", err)
			}
		})
	}
}

// clean drops the options' keys discordgo always writes with their zero
// value (null, or autocomplete false), which Discord reads as unset.
func clean(cmds []map[string]any) []map[string]any {
	for _, c := range cmds {
		opts, _ := c["options"].([]any)
		for _, o := range opts {
			o := o.(map[string]any)
			for k, v := range o {
				if v == nil || k == "autocomplete" && v == false {
					delete(o, k)
				}
			}
		}
	}
	return cmds
}

func TestSlashAskDefersThenEditsOriginal(t *testing.T) {
	t.Parallel()
	// The answer waits until Discord has the deferred response: the
	// acknowledgement must come before the slow work, not after it.
	var srv atomic.Pointer[discordtest.Server]
	a := newFakeAsker(func(ctx context.Context, q bot.Question) (*bot.Answer, error) {
		_, _, err := srv.Load().WaitRequest(ctx, 0, func(r discordtest.Request) bool {
			return r.Method == "POST" && r.Path == "/interactions/501/tok1/callback"
		})
		if err != nil {
			return nil, fmt.Errorf("no deferred response while answering: %w", err)
		}
		return answer("The river rose two metres [1]. Ping @everyone and <@42> and @here."), nil
	})
	h := start(t, a, nil)
	srv.Store(h.srv)
	h.dispatch("INTERACTION_CREATE", discordtest.Interaction("501", "tok1", "700", "701", alice,
		discordtest.Ask("How high did the river rise? @everyone <@42>", false)))

	cb, i := h.wait(h.start, "POST", "/interactions/501/tok1/callback")
	var body struct {
		Type int `json:"type"`
		Data struct {
			Flags int `json:"flags"`
		} `json:"data"`
	}
	if err := json.Unmarshal(cb.Body, &body); err != nil {
		t.Fatal(err)
	}
	if body.Type != 5 || body.Data.Flags != 0 {
		t.Errorf("callback type %d flags %d, want a public deferred response (type 5, flags 0)", body.Type, body.Data.Flags)
	}
	edit, _ := h.wait(i, "PATCH", "/webhooks/"+discordtest.AppID+"/tok1/messages/@original")
	m := decode(t, edit)
	content, _ := m["content"].(string)
	if !strings.HasPrefix(content, "The river rose two metres [1].") {
		t.Errorf("content = %q, want the answer", content)
	}
	for _, live := range []string{"@everyone", "@here", "<@42>"} {
		if strings.Contains(content, live) {
			t.Errorf("content keeps a live %q: %q", live, content)
		}
	}
	embeds, _ := m["embeds"].([]any)
	if len(embeds) != 1 {
		t.Fatalf("edit has %d embeds, want the sources embed", len(embeds))
	}
	e := embeds[0].(map[string]any)
	f := e["fields"].([]any)[0].(map[string]any)
	if e["title"] != "Sources" || f["name"] != "[1] Flood in the valley" ||
		!strings.Contains(f["value"].(string), "2024-03-01 · `000_a.txt` bytes 0–40") ||
		!strings.Contains(f["value"].(string), "The river rose two metres overnight") {
		t.Errorf("sources embed = %v", e)
	}
	if q := a.next(t); q.Text != "How high did the river rise? @everyone <@42>" {
		t.Errorf("asked %q", q.Text)
	}
	h.checkNoPings()
}

func TestPrivateAskIsEphemeral(t *testing.T) {
	t.Parallel()
	h := start(t, newFakeAsker(fixed("Yes [1].")), nil)
	h.dispatch("INTERACTION_CREATE", discordtest.Interaction("502", "tok2", "700", "701", alice, discordtest.Ask("Did it flood?", true)))
	cb, i := h.wait(h.start, "POST", "/interactions/502/tok2/callback")
	if d := decode(t, cb); d["flags"] != 64.0 {
		t.Errorf("deferred response flags = %v, want 64 (ephemeral)", d["flags"])
	}
	h.wait(i, "PATCH", "/webhooks/"+discordtest.AppID+"/tok2/messages/@original")
	h.checkNoPings()
}

func TestSourcesHelpAndContextMenu(t *testing.T) {
	t.Parallel()
	a := newFakeAsker(fixed("It rose [1]."))
	h := start(t, a, nil)
	h.dispatch("INTERACTION_CREATE", discordtest.Interaction("503", "tok3", "700", "701", alice, discordtest.Command("sources")))
	r, _ := h.wait(h.start, "PATCH", "/webhooks/"+discordtest.AppID+"/tok3/messages/@original")
	if b := string(r.Body); !strings.Contains(b, "Flood in the valley") || !strings.Contains(b, "2024-03-01") {
		t.Errorf("/sources edit = %s, want the story's title and date", b)
	}
	summary := discordtest.Command("summary")
	summary["options"] = []any{map[string]any{"type": 3, "name": "story", "value": "flood"}}
	h.dispatch("INTERACTION_CREATE", discordtest.Interaction("506", "tok6", "700", "701", alice, summary))
	r, _ = h.wait(h.start, "PATCH", "/webhooks/"+discordtest.AppID+"/tok6/messages/@original")
	if b := string(r.Body); !strings.Contains(b, "Summary of flood") || !strings.Contains(b, "000_a.txt") {
		t.Errorf("/summary edit = %s, want the summary of the story asked for, with its sources", b)
	}
	h.dispatch("INTERACTION_CREATE", discordtest.Interaction("504", "tok4", "", "702", alice, discordtest.Command("help")))
	r, _ = h.wait(h.start, "PATCH", "/webhooks/"+discordtest.AppID+"/tok4/messages/@original")
	if !strings.Contains(string(r.Body), "/ask") {
		t.Errorf("/help edit = %s", r.Body)
	}
	target := h.srv.UserMessage("600", "700", "701", alice, "<@"+discordtest.BotID+"> how high did the river rise?", true, "")
	h.dispatch("INTERACTION_CREATE", discordtest.Interaction("505", "tok5", "700", "701", alice, discordtest.AskMessage(target)))
	h.wait(h.start, "PATCH", "/webhooks/"+discordtest.AppID+"/tok5/messages/@original")
	if q := a.Questions(); len(q) != 1 || q[0].Text != "how high did the river rise?" {
		t.Errorf("context menu asked %+v, want the message's text without the mention", q)
	}
	h.checkNoPings()
}

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

func TestLongAnswerIsSplit(t *testing.T) {
	t.Parallel()
	var b strings.Builder
	for n := 0; b.Len() < 6000; n++ {
		fmt.Fprintf(&b, "Sätze über Überschwemmungen gehen weiter, Nummer %d [%d]. ", n, n%3+1)
	}
	text := string([]rune(b.String())[:4000])
	h := start(t, newFakeAsker(fixed(text)), nil)
	h.dispatch("INTERACTION_CREATE", discordtest.Interaction("506", "tok6", "700", "701", alice, discordtest.Ask("Tell me everything", false)))
	first, i := h.wait(h.start, "PATCH", "/webhooks/"+discordtest.AppID+"/tok6/messages/@original")
	parts := []map[string]any{decode(t, first)}
	// Follow-ups until the one that carries the sources.
	for from := i; ; {
		r, j := h.wait(from, "POST", "/webhooks/"+discordtest.AppID+"/tok6")
		parts = append(parts, decode(t, r))
		if e, _ := parts[len(parts)-1]["embeds"].([]any); len(e) > 0 || len(parts) > 5 {
			break
		}
		from = j + 1
	}
	// 4,000 characters cut at sentence ends in 2,000-character windows.
	if len(parts) < 2 || len(parts) > 3 {
		t.Errorf("answer sent in %d parts, want 2 or 3", len(parts))
	}
	var joined string
	for n, p := range parts {
		c := p["content"].(string)
		if utf8.RuneCountInString(c) > 2000 {
			t.Errorf("part %d has %d characters", n, utf8.RuneCountInString(c))
		}
		if !utf8.ValidString(c) {
			t.Errorf("part %d is not valid UTF-8", n)
		}
		e, _ := p["embeds"].([]any)
		if (n == len(parts)-1) != (len(e) == 1) {
			t.Errorf("part %d has %d embeds; the sources belong in the last part only", n, len(e))
		}
		joined += c
	}
	if strings.Join(strings.Fields(joined), "") != strings.Join(strings.Fields(text), "") {
		t.Error("the parts do not add up to the answer")
	}
	if !strings.HasSuffix(strings.TrimSpace(parts[0]["content"].(string)), ".") {
		t.Errorf("first part ends mid-sentence: %q", parts[0]["content"].(string)[len(parts[0]["content"].(string))-40:])
	}
	h.checkNoPings()
}
