package llm

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	gocmp "github.com/google/go-cmp/cmp"
	openai "github.com/sashabaranov/go-openai"
	"github.com/storybot-dev/storybot/bot"
	"github.com/storybot-dev/storybot/internal/testutil"
	"github.com/storybot-dev/storybot/llm/llmtest"
	"github.com/storybot-dev/storybot/prompts"
	"github.com/storybot-dev/storybot/retrieval"
	"github.com/storybot-dev/storybot/story"
)

// testKey is distinctive so a leak is found by a plain search.
const testKey = "sk-test-Zq81fKEY3xT0pSECRET"

// logs is every log line written by any client of the package's tests;
// TestMain checks it holds no API key once they all ran.
var logs testutil.LogBuffer

// testLogger logs to logs, at debug level.
func testLogger(t *testing.T) *slog.Logger {
	return slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug})).With("test", t.Name())
}

// metrics records Metrics events.
type metrics struct {
	mu     sync.Mutex
	calls  []string // kind/outcome
	tokens map[string]int
}

func (m *metrics) ModelCall(kind, outcome string, _ time.Duration) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.calls = append(m.calls, kind+"/"+outcome)
}

func (m *metrics) Tokens(kind string, n int) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.tokens == nil {
		m.tokens = map[string]int{}
	}
	m.tokens[kind] += n
}

// newClient returns a client of srv whose waits between retries are
// recorded instead of slept, so tests are fast and check the waits.
func newClient(t *testing.T, baseURL string, mod func(*Config)) (*Client, *[]time.Duration, *metrics) {
	t.Helper()
	cfg := Config{
		BaseURL: baseURL, APIKey: testKey, ChatModel: "test-chat", EmbeddingModel: "test-embed",
		Timeout: 5 * time.Second, EmbedTimeout: 5 * time.Second, EmbedBatch: 3, EmbedParallel: 2, MaxRetries: 2,
	}
	if mod != nil {
		mod(&cfg)
	}
	m := &metrics{}
	c, err := New(cfg, m, testLogger(t))
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	waits := &[]time.Duration{}
	c.sleep = func(ctx context.Context, d time.Duration) error {
		mu.Lock()
		*waits = append(*waits, d)
		mu.Unlock()
		return ctx.Err()
	}
	return c, waits, m
}

var testPassages = []bot.Passage{
	{N: 1, Title: "Ecuador retakes a prison", Date: "2023-07-26", Text: "Ecuador’s attorney general raised the death toll from 18 to 31."},
	{N: 2, Title: "Hostages in Esmeraldas", Text: "15 prison guards and 2 other staffers were held hostage."},
}

const goodReply = "The death toll rose from 18 to 31 [1]. “Ünïcode” splits safely."

func TestGenerate(t *testing.T) {
	for _, stream := range []bool{false, true} {
		t.Run(fmt.Sprintf("stream=%v", stream), func(t *testing.T) {
			srv := llmtest.New(goodReply)
			defer srv.Close()
			c, _, m := newClient(t, srv.BaseURL(), func(c *Config) { c.Stream = stream; c.MaxTokens = 300 })
			var partials []string
			res, err := c.Generator().Generate(context.Background(), bot.GenerateRequest{
				Question: "How many died?", Passages: testPassages,
				History:   []bot.Turn{{Question: "Where?", Answer: "In Guayaquil [1]."}},
				OnPartial: func(s string) { partials = append(partials, s) },
			})
			if err != nil {
				t.Fatal(err)
			}
			if res.Text != goodReply {
				t.Errorf("text = %q, want %q", res.Text, goodReply)
			}
			if res.Usage.PromptTokens != 100 || res.Usage.CompletionTokens == 0 {
				t.Errorf("usage = %+v, want the server's", res.Usage)
			}
			if m.tokens["prompt"] != 100 || m.tokens["completion"] != res.Usage.CompletionTokens {
				t.Errorf("token metrics = %v", m.tokens)
			}
			if diff := gocmp.Diff([]string{"chat/ok"}, m.calls); diff != "" {
				t.Errorf("call metrics (-want +got):\n%s", diff)
			}
			if stream {
				if len(partials) < 3 || partials[len(partials)-1] != goodReply {
					t.Fatalf("partials = %q, want several growing to the reply", partials)
				}
				for i := 1; i < len(partials); i++ {
					if !strings.HasPrefix(partials[i], partials[i-1]) || partials[i] == partials[i-1] {
						t.Errorf("partial %d %q does not grow %q", i, partials[i], partials[i-1])
					}
				}
			} else if len(partials) != 0 {
				t.Errorf("partials without streaming: %q", partials)
			}
			reqs := srv.ChatRequests()
			if len(reqs) != 1 {
				t.Fatalf("%d chat requests, want 1", len(reqs))
			}
			r := reqs[0]
			if r.Model != "test-chat" || r.Stream != stream || r.MaxTokens != 300 || len(r.Messages) != 2 {
				t.Errorf("request: model %q stream %v max_tokens %d, %d messages", r.Model, r.Stream, r.MaxTokens, len(r.Messages))
			}
			if r.Messages[0].Role != "system" || r.Messages[0].Content != prompts.System() {
				t.Errorf("system message is not prompts.System()")
			}
			user := r.Messages[1].Content
			for _, want := range []string{`<passage n="2" title="Hostages in Esmeraldas">`, "from 18 to 31.", "How many died?", "A: In Guayaquil."} {
				if !strings.Contains(user, want) {
					t.Errorf("user message lacks %q:\n%s", want, user)
				}
			}
			if got := srv.Authorizations(); len(got) != 1 || got[0] != "Bearer "+testKey {
				t.Errorf("authorization headers = %d, want the bearer key once", len(got))
			}
		})
	}
}

// TestGenerateFaults runs every fault against both the plain and the
// streaming client. Each must come back as an error of the right kind,
// never a panic or a hang.
func TestGenerateFaults(t *testing.T) {
	refused, err := llmtest.RefusedURL()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		faults  []llmtest.Fault
		refused bool
		want    error // nil: the call succeeds after retries
		waits   int   // retries slept
		calls   []string
		timeout time.Duration // 0: 30 s, longer than any wait (waits are recorded, not slept)
	}{
		{name: "429 then ok honours Retry-After", faults: []llmtest.Fault{llmtest.RateLimited}, waits: 1, calls: []string{"chat/retry", "chat/ok"}},
		{name: "500 then ok", faults: []llmtest.Fault{llmtest.ServerError}, waits: 1, calls: []string{"chat/retry", "chat/ok"}},
		{name: "5xx past the retry budget", faults: []llmtest.Fault{llmtest.ServerError, llmtest.BadGateway, llmtest.ServerError}, want: ErrServer, waits: 2, calls: []string{"chat/retry", "chat/retry", "chat/error"}},
		{name: "429 past the retry budget", faults: []llmtest.Fault{llmtest.RateLimited, llmtest.RateLimited, llmtest.RateLimited}, want: ErrRateLimited, waits: 2},
		{name: "connection refused", refused: true, want: ErrUnreachable, calls: []string{"chat/error"}},
		{name: "invalid JSON", faults: []llmtest.Fault{llmtest.InvalidJSON}, want: ErrBadReply},
		{name: "empty choices", faults: []llmtest.Fault{llmtest.EmptyChoices}, want: ErrBadReply},
		{name: "wrong shape", faults: []llmtest.Fault{llmtest.WrongShape}, want: ErrBadReply},
		{name: "context length", faults: []llmtest.Fault{llmtest.ContextLength}, want: ErrContextLength, calls: []string{"chat/error"}},
		{name: "bad key echoed", faults: []llmtest.Fault{llmtest.EchoKey}, want: ErrRejected},
		{name: "slow reply past the timeout", faults: []llmtest.Fault{llmtest.Slow}, want: ErrTimeout, timeout: 300 * time.Millisecond},
	}
	for _, stream := range []bool{false, true} {
		for _, tt := range tests {
			t.Run(fmt.Sprintf("%s/stream=%v", tt.name, stream), func(t *testing.T) {
				srv := llmtest.New(goodReply)
				defer srv.Close()
				srv.ChatFaults(tt.faults...)
				url := srv.BaseURL()
				if tt.refused {
					url = refused
				}
				c, waits, m := newClient(t, url, func(c *Config) { c.Stream = stream; c.Timeout = cmp.Or(tt.timeout, 30*time.Second) })
				res, err := c.Generator().Generate(context.Background(), bot.GenerateRequest{Question: "q", Passages: testPassages})
				if tt.want == nil {
					if err != nil {
						t.Fatalf("err = %v, want success after retries", err)
					}
					if res.Text != goodReply {
						t.Errorf("text = %q", res.Text)
					}
				} else {
					var e *Error
					if !errors.Is(err, tt.want) || !errors.As(err, &e) {
						t.Fatalf("err = %v, want %v", err, tt.want)
					}
					if strings.Contains(err.Error(), testKey) {
						t.Errorf("error holds the API key: %v", err)
					}
				}
				if len(*waits) != tt.waits {
					t.Errorf("%d retry waits, want %d", len(*waits), tt.waits)
				}
				for _, f := range tt.faults[:min(len(tt.faults), len(*waits))] {
					if f == llmtest.RateLimited && (*waits)[0] != 7*time.Second {
						t.Errorf("waited %v after a 429 with Retry-After: 7", (*waits)[0])
					}
				}
				if tt.calls != nil {
					if diff := gocmp.Diff(tt.calls, m.calls); diff != "" {
						t.Errorf("call metrics (-want +got):\n%s", diff)
					}
				}
			})
		}
	}
}

// TestStreamCut: a stream that stops midway is an error, even though some
// text arrived and was shown.
func TestStreamCut(t *testing.T) {
	for _, f := range []llmtest.Fault{llmtest.StreamCut, llmtest.StreamAbort} {
		t.Run(fmt.Sprint(f), func(t *testing.T) {
			srv := llmtest.New(goodReply)
			defer srv.Close()
			srv.ChatFaults(f)
			c, waits, _ := newClient(t, srv.BaseURL(), func(c *Config) { c.Stream = true })
			var partials []string
			_, err := c.Generator().Generate(context.Background(), bot.GenerateRequest{
				Question: "q", Passages: testPassages, OnPartial: func(s string) { partials = append(partials, s) },
			})
			if !errors.Is(err, ErrBadReply) {
				t.Fatalf("err = %v, want ErrBadReply", err)
			}
			if len(partials) == 0 || partials[len(partials)-1] == goodReply {
				t.Errorf("partials = %q, want part of the reply", partials)
			}
			if len(*waits) != 0 {
				t.Error("a cut stream was retried: the user already saw part of it")
			}
		})
	}
}

// A streamed reply the asker cancels (Ctrl-C) is cancelled, not a
// malformed reply that was cut off.
func TestStreamCancelledIsNotMalformed(t *testing.T) {
	srv := llmtest.New(goodReply)
	defer srv.Close()
	srv.SetStreamDelay(20 * time.Millisecond)
	c, _, _ := newClient(t, srv.BaseURL(), func(c *Config) { c.Stream = true })
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	_, err := c.Generator().Generate(ctx, bot.GenerateRequest{
		Question: "q", Passages: testPassages, OnPartial: func(string) { cancel() },
	})
	if !errors.Is(err, context.Canceled) || errors.Is(err, ErrBadReply) || strings.Contains(err.Error(), "cut off") {
		t.Fatalf("err = %v, want context.Canceled and no malformed reply", err)
	}
}

func TestRetryAfterPastDeadline(t *testing.T) {
	srv := llmtest.New(goodReply)
	defer srv.Close()
	srv.ChatFaults(llmtest.RateLimited)
	// Retry-After: 7 does not fit in a 1 s budget: fail now, don't wait.
	c, waits, _ := newClient(t, srv.BaseURL(), func(c *Config) { c.Timeout = time.Second })
	_, err := c.Generator().Generate(context.Background(), bot.GenerateRequest{Question: "q", Passages: testPassages})
	if !errors.Is(err, ErrRateLimited) || !strings.Contains(err.Error(), "no time left") {
		t.Fatalf("err = %v, want ErrRateLimited with no time left", err)
	}
	if len(*waits) != 0 {
		t.Errorf("waited %v", *waits)
	}
}

func TestEmbed(t *testing.T) {
	srv := llmtest.New("")
	defer srv.Close()
	c, waits, m := newClient(t, srv.BaseURL(), func(c *Config) { c.EmbedTimeout = 30 * time.Second })
	e := c.Embedder()
	if e.ID() != "openai:test-embed" {
		t.Errorf("ID = %q", e.ID())
	}
	texts := make([]string, 10)
	for i := range texts {
		texts[i] = fmt.Sprintf("text number %d about prison %d", i, i*7)
	}
	srv.EmbedFaults(llmtest.RateLimited) // one batch retried
	got, err := e.Embed(context.Background(), texts)
	if err != nil {
		t.Fatal(err)
	}
	for i, v := range got {
		if diff := gocmp.Diff(srv.Vector(texts[i]), v); diff != "" {
			t.Fatalf("vector %d is not text %d's:\n%s", i, i, diff)
		}
	}
	calls, n, _ := srv.Counts()
	if calls != 5 || n != 10 { // 4 batches of at most 3, one of them twice
		t.Errorf("%d requests for %d texts, want 5 for 10", calls, n)
	}
	if len(*waits) != 1 || (*waits)[0] != 7*time.Second {
		t.Errorf("waits = %v, want the 429's Retry-After of 7s", *waits)
	}
	if len(m.calls) != 5 {
		t.Errorf("metrics saw %d calls, want 5: %v", len(m.calls), m.calls)
	}
}

func TestEmbedFaults(t *testing.T) {
	refused, err := llmtest.RefusedURL()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		fault   llmtest.Fault
		refused bool
		want    error
		detail  string // what the error must say, if anything
	}{
		{"connection refused", llmtest.OK, true, ErrUnreachable, ""},
		{"500 past the retry budget", llmtest.ServerError, false, ErrServer, ""},
		{"invalid JSON", llmtest.InvalidJSON, false, ErrBadReply, ""},
		{"wrong shape", llmtest.WrongShape, false, ErrBadReply, ""},
		{"too few vectors", llmtest.TooFewVectors, false, ErrBadReply, "got 2 vectors for 3 texts"},
		{"duplicate index", llmtest.DuplicateIndex, false, ErrBadReply, "index 0 is given to two vectors of the reply, so another text has none"},
		{"index out of range", llmtest.IndexOutOfRange, false, ErrBadReply, "vector 2 of the reply has index 3, out of range for 3 texts"},
		{"context length", llmtest.ContextLength, false, ErrContextLength, ""},
		{"slow", llmtest.Slow, false, ErrTimeout, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := llmtest.New("")
			defer srv.Close()
			srv.AlwaysFail(tt.fault)
			url := srv.BaseURL()
			if tt.refused {
				url = refused
			}
			c, _, _ := newClient(t, url, func(c *Config) { c.EmbedTimeout = 300 * time.Millisecond })
			_, err := c.Embedder().Embed(context.Background(), []string{"a", "b", "c", "d", "e", "f", "g"})
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
			if !strings.Contains(err.Error(), tt.detail) {
				t.Errorf("err = %v, want it to say %q", err, tt.detail)
			}
		})
	}
}

// TestNoReembedOnRestart opens the index twice on one data directory: the
// second open embeds nothing. Then one story changes: only its new chunks
// are embedded.
func TestNoReembedOnRestart(t *testing.T) {
	srv := llmtest.New("")
	defer srv.Close()
	c, _, _ := newClient(t, srv.BaseURL(), func(c *Config) { c.EmbedBatch = 4 })
	emb := c.Embedder()
	dir := t.TempDir()
	mk := func(extra string) []story.Story {
		var out []story.Story
		for i := range 4 {
			text := fmt.Sprintf(" date 2023-07-2%d STORY: Story %d opens.\n\nIt has a second sentence about topic %d.\n\nA third one follows here.\n\nAnd a fourth ends it.\n", i, i, i)
			if i == 2 {
				text += extra
			}
			out = append(out, story.Parse(fmt.Sprintf("s%d.txt", i), text))
		}
		return out
	}
	opts := retrieval.DefaultOptions()
	ctx := context.Background()
	stories := mk("")
	ix, err := retrieval.Open(ctx, dir, stories, emb, opts, testLogger(t))
	if err != nil {
		t.Fatal(err)
	}
	calls1, texts1, _ := srv.Counts()
	if texts1 != len(ix.Chunks()) || calls1 == 0 {
		t.Fatalf("first open: %d texts in %d calls for %d chunks", texts1, calls1, len(ix.Chunks()))
	}
	ix2, err := retrieval.Open(ctx, dir, mk(""), emb, opts, testLogger(t))
	if err != nil {
		t.Fatal(err)
	}
	if calls, _, _ := srv.Counts(); calls != calls1 || !ix2.Stats().Loaded {
		t.Errorf("restart made %d embedding calls, want 0", calls-calls1)
	}
	// Change story 2: the chunks whose text is new are embedded, no others.
	changed := mk("A fifth sentence is new.\n")
	old := map[string]bool{}
	for _, s := range stories {
		for _, ch := range story.Chunks(&s, 0, opts.Chunk) {
			old[s.Text[ch.Start:ch.End]] = true
		}
	}
	want := 0
	for _, s := range changed {
		for _, ch := range story.Chunks(&s, 0, opts.Chunk) {
			if !old[s.Text[ch.Start:ch.End]] {
				want++
				if s.Source != "s2.txt" {
					t.Fatalf("test setup: chunk of unchanged %s is new", s.Source)
				}
			}
		}
	}
	ix3, err := retrieval.Open(ctx, dir, changed, emb, opts, testLogger(t))
	if err != nil {
		t.Fatal(err)
	}
	_, texts3, _ := srv.Counts()
	if got := texts3 - texts1; got != want || want == 0 {
		t.Errorf("after changing one story %d texts were embedded, want its %d new chunks", got, want)
	}
	if st := ix3.Stats(); st.Embedded != want || st.Reused != len(ix3.Chunks())-want {
		t.Errorf("stats: embedded %d reused %d of %d", st.Embedded, st.Reused, len(ix3.Chunks()))
	}
}

// TestFaultsFallBack runs the whole answering core on the fake server:
// a good reply is an LLM answer with checked citations; each fault gives
// the extractive answer with a reason, within the timeout.
func TestFaultsFallBack(t *testing.T) {
	text := " date 2023-07-26 STORY: Soldiers retake a prison in Ecuador.\n\nEcuador’s attorney general on Tuesday raised the death toll from the violence from 18 to 31.\n\nIn Esmeraldas, 15 prison guards were held hostage.\n"
	st := story.Parse("ecuador.txt", text)
	srv := llmtest.New("")
	defer srv.Close()
	srv.SetReply(func(openai.ChatCompletionRequest) string {
		return "The toll rose from 18 to 31 [1]. Ignore this bad marker [9]."
	})
	c, _, _ := newClient(t, srv.BaseURL(), func(c *Config) {
		c.Stream, c.MaxRetries = true, 1
		c.Timeout, c.EmbedTimeout = 300*time.Millisecond, 300*time.Millisecond
	})
	ix, err := retrieval.Build(context.Background(), []story.Story{st}, c.Embedder(), retrieval.DefaultOptions(), nil)
	if err != nil {
		t.Fatal(err)
	}
	b := bot.New(ix, c.Generator(), bot.Options{}, testLogger(t))
	ask := func() *bot.Answer {
		t.Helper()
		ans, err := b.Ask(context.Background(), bot.Question{Text: "How many people died in the violence?"})
		if err != nil {
			t.Fatal(err)
		}
		for _, ci := range ans.Citations {
			if ci.Quote != text[ci.Start:ci.End] {
				t.Errorf("citation %d quote is not the source bytes", ci.N)
			}
		}
		return ans
	}
	ans := ask()
	if ans.Mode != bot.ModeLLM || ans.Text != "The toll rose from 18 to 31 [1]." || len(ans.DroppedClaims) != 1 || len(ans.Citations) != 1 ||
		!strings.Contains(ans.Citations[0].Quote, "from 18 to 31") || ans.Usage == nil {
		t.Fatalf("good reply: mode %s text %q citations %+v usage %v", ans.Mode, ans.Text, ans.Citations, ans.Usage)
	}
	for _, f := range []llmtest.Fault{llmtest.RateLimited, llmtest.ServerError, llmtest.InvalidJSON, llmtest.EmptyChoices,
		llmtest.WrongShape, llmtest.ContextLength, llmtest.StreamCut, llmtest.StreamAbort, llmtest.Slow, llmtest.EchoKey} {
		t.Run(fmt.Sprint(f), func(t *testing.T) {
			srv.AlwaysFail(f)
			defer srv.AlwaysFail(llmtest.OK)
			ans := ask()
			if ans.Mode != bot.ModeExtractive || !strings.HasPrefix(ans.FallbackReason, "model failed: ") {
				t.Fatalf("mode %s, fallback %q", ans.Mode, ans.FallbackReason)
			}
			if strings.Contains(ans.FallbackReason+ans.Text, testKey) {
				t.Errorf("the key reached the answer: %q", ans.FallbackReason)
			}
			if !strings.Contains(ans.Text, "31") || len(ans.Citations) == 0 {
				t.Errorf("extractive answer %q with %d citations", ans.Text, len(ans.Citations))
			}
			t.Logf("user sees: %s / fallback_reason: %s", ans.Text, ans.FallbackReason)
		})
	}
	// A model that refuses the temperature is answered in LLM mode: the
	// refusal is resent in the form it takes, never a reason to fall back.
	t.Run("reasoning model", func(t *testing.T) {
		srv.ReasoningModels(c.cfg.ChatModel)
		_, _, before := srv.Counts()
		ans := ask()
		if ans.Mode != bot.ModeLLM || ans.FallbackReason != "" {
			t.Fatalf("mode %s, fallback %q", ans.Mode, ans.FallbackReason)
		}
		if _, _, after := srv.Counts(); after-before != 2 {
			t.Errorf("%d chat requests, want the refused one and its resend", after-before)
		}
	})
}

// TestKeyNeverLogged checks everything the package's tests logged, and
// that the key was really in play (sent to the server, echoed back).
func TestKeyNeverLogged(t *testing.T) {
	srv := llmtest.New(goodReply)
	defer srv.Close()
	srv.ChatFaults(llmtest.EchoKey, llmtest.ServerError)
	c, _, _ := newClient(t, srv.BaseURL(), func(c *Config) { c.MaxRetries = 0 })
	_, err1 := c.Generator().Generate(context.Background(), bot.GenerateRequest{Question: "q", Passages: testPassages})
	c2, _, _ := newClient(t, srv.BaseURL(), func(c *Config) { c.MaxRetries = 1 })
	_, err2 := c2.Generator().Generate(context.Background(), bot.GenerateRequest{Question: "q", Passages: testPassages})
	if err1 == nil || !strings.Contains(err1.Error(), "Incorrect API key provided: [redacted]") {
		t.Errorf("echoed key not redacted: %v", err1)
	}
	if err2 != nil {
		t.Errorf("retry after 500 failed: %v", err2)
	}
	if auth := srv.Authorizations(); len(auth) == 0 || auth[0] != "Bearer "+testKey {
		t.Fatal("the key was not sent: this test would prove nothing")
	}
	if !strings.Contains(logs.String(), "retrying") {
		t.Error("no retry was logged: this test would prove nothing")
	}
	if strings.Contains(logs.String(), testKey) {
		t.Errorf("a log line holds the API key:\n%s", logs.String())
	}
}

func TestPing(t *testing.T) {
	srv := llmtest.New("ok")
	defer srv.Close()
	c, err := New(Config{BaseURL: srv.BaseURL(), APIKey: "sk-test-key-123456", ChatModel: "m", EmbeddingModel: "e"}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Ping(context.Background()); err != nil {
		t.Errorf("Ping against a live server = %v", err)
	}
	refused, err := llmtest.RefusedURL()
	if err != nil {
		t.Fatal(err)
	}
	c, err = New(Config{BaseURL: refused, APIKey: "sk-test-key-123456", ChatModel: "m", EmbeddingModel: "e"}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = c.Ping(context.Background())
	if !errors.Is(err, ErrUnreachable) {
		t.Errorf("Ping against a closed port = %v, want ErrUnreachable", err)
	}
	if err != nil && strings.Contains(err.Error(), "sk-test-key-123456") {
		t.Errorf("Ping error shows the key: %v", err)
	}
}

// A temperature of 0 must reach the server: go-openai drops a zero value
// from the JSON, and servers then use their own default (1.0 at OpenAI).
func TestZeroTemperatureIsSent(t *testing.T) {
	srv := llmtest.New("The toll rose to 31 [1].")
	defer srv.Close()
	c, _, _ := newClient(t, srv.BaseURL(), func(cfg *Config) { cfg.Temperature = 0; cfg.Stream = false })
	if _, err := c.Generator().Generate(context.Background(), bot.GenerateRequest{Question: "q", Passages: testPassages}); err != nil {
		t.Fatal(err)
	}
	reqs := srv.ChatRequests()
	if len(reqs) != 1 || reqs[0].Temperature <= 0 || reqs[0].Temperature > 1e-6 {
		t.Errorf("temperature sent = %v, want a tiny non-zero value", reqs)
	}
}

// TestReasoningModels: a model that refuses max_tokens or a temperature
// other than 1, as OpenAI's reasoning models do, gets one immediate resend
// with max_completion_tokens and no temperature; the client remembers it,
// so later answers go straight to that form, and says so once in the log.
// Names go-openai knows as reasoning models get that form from the start,
// since go-openai refuses to send anything else for them.
func TestReasoningModels(t *testing.T) {
	tests := []struct {
		name        string
		model       string
		maxTokens   int
		temperature float64
		maxRetries  int
		learned     bool // the first answer takes a refusal and a resend
	}{
		{name: "max_tokens refused", model: "openai/o3-mini", maxTokens: 300, temperature: 0.2, maxRetries: 2, learned: true},
		{name: "temperature refused", model: "my-o4-mini-deployment", temperature: 0.2, maxRetries: 2, learned: true},
		{name: "zero temperature refused", model: "my-gpt-5", maxRetries: 2, learned: true},
		{name: "no retry budget", model: "openai/o1", maxTokens: 300, temperature: 0.2, learned: true},
		{name: "known to go-openai: o3-mini", model: "o3-mini", maxTokens: 300, temperature: 0.2, maxRetries: 2},
		{name: "known to go-openai: gpt-5-mini", model: "gpt-5-mini", maxTokens: 300, maxRetries: 2},
		{name: "known to go-openai: gpt-6-sol", model: "gpt-6-sol", maxTokens: 300, temperature: 0.2, maxRetries: 2},
	}
	for _, stream := range []bool{false, true} {
		for _, tt := range tests {
			t.Run(fmt.Sprintf("%s/stream=%v", tt.name, stream), func(t *testing.T) {
				srv := llmtest.New(goodReply)
				defer srv.Close()
				srv.ReasoningModels(tt.model)
				c, waits, m := newClient(t, srv.BaseURL(), func(c *Config) {
					c.ChatModel, c.Stream, c.MaxTokens, c.Temperature, c.MaxRetries = tt.model, stream, tt.maxTokens, tt.temperature, tt.maxRetries
				})
				var local testutil.LogBuffer
				c.log = slog.New(slog.NewTextHandler(&local, nil))
				for i := range 3 {
					res, err := c.Generator().Generate(context.Background(), bot.GenerateRequest{Question: "q", Passages: testPassages})
					if err != nil {
						t.Fatalf("answer %d: %v", i, err)
					}
					if res.Text != goodReply {
						t.Errorf("answer %d: text = %q", i, res.Text)
					}
				}
				reqs := srv.ChatRequests()
				want := 3
				if tt.learned {
					want = 4
					r := reqs[0]
					if r.MaxTokens != tt.maxTokens || r.MaxCompletionTokens != 0 || r.Temperature == 0 {
						t.Errorf("first request: max_tokens %d max_completion_tokens %d temperature %v, want the configured form",
							r.MaxTokens, r.MaxCompletionTokens, r.Temperature)
					}
					reqs = reqs[1:]
				}
				if len(srv.ChatRequests()) != want {
					t.Fatalf("%d chat requests for 3 answers, want %d", len(srv.ChatRequests()), want)
				}
				for i, r := range reqs {
					if r.MaxTokens != 0 || r.MaxCompletionTokens != tt.maxTokens || r.Temperature != 0 || r.Stream != stream {
						t.Errorf("request %d: max_tokens %d max_completion_tokens %d temperature %v stream %v, want max_completion_tokens %d and no temperature",
							i, r.MaxTokens, r.MaxCompletionTokens, r.Temperature, r.Stream, tt.maxTokens)
					}
				}
				wantCalls := []string{"chat/ok", "chat/ok", "chat/ok"}
				if tt.learned {
					wantCalls = append([]string{"chat/retry"}, wantCalls...)
				}
				if diff := gocmp.Diff(wantCalls, m.calls); diff != "" {
					t.Errorf("call metrics (-want +got):\n%s", diff)
				}
				if len(*waits) != 0 {
					t.Errorf("waited %v before resending", *waits)
				}
				if n := strings.Count(local.String(), "sending max_completion_tokens"); n != 1 {
					t.Errorf("the switch was logged %d times, want once:\n%s", n, local.String())
				}
				if tt.learned && !strings.Contains(local.String(), "the server refused: HTTP 400: Unsupported") {
					t.Errorf("the log does not say the server refused:\n%s", local.String())
				}
			})
		}
	}
}

// TestReasoningResendOnce: a server that refuses max_tokens even after the
// switch gets one resend, not a loop, and the refusal is the error.
func TestReasoningResendOnce(t *testing.T) {
	for _, stream := range []bool{false, true} {
		t.Run(fmt.Sprintf("stream=%v", stream), func(t *testing.T) {
			srv := llmtest.New(goodReply)
			defer srv.Close()
			srv.AlwaysFail(llmtest.RefuseMaxTokens)
			c, waits, m := newClient(t, srv.BaseURL(), func(c *Config) { c.Stream, c.MaxTokens = stream, 300 })
			_, err := c.Generator().Generate(context.Background(), bot.GenerateRequest{Question: "q", Passages: testPassages})
			if !errors.Is(err, ErrRejected) || !strings.Contains(err.Error(), "max_completion_tokens") {
				t.Fatalf("err = %v, want ErrRejected with the server's message", err)
			}
			if _, _, n := srv.Counts(); n != 2 {
				t.Errorf("%d chat requests, want 2: the request and one resend", n)
			}
			if diff := gocmp.Diff([]string{"chat/retry", "chat/error"}, m.calls); diff != "" {
				t.Errorf("call metrics (-want +got):\n%s", diff)
			}
			if len(*waits) != 0 {
				t.Errorf("waited %v", *waits)
			}
		})
	}
}

func TestRefusesSampling(t *testing.T) {
	str := func(s string) *string { return &s }
	tests := []struct {
		name string
		err  error
		want bool
	}{
		{"OpenAI max_tokens", &openai.APIError{HTTPStatusCode: 400, Code: "unsupported_parameter", Param: str("max_tokens"),
			Message: "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead."}, true},
		{"OpenAI temperature", &openai.APIError{HTTPStatusCode: 400, Code: "unsupported_value", Param: str("temperature"),
			Message: "Unsupported value: 'temperature' does not support 0.2 with this model. Only the default (1) value is supported."}, true},
		{"o3-mini temperature", &openai.APIError{HTTPStatusCode: 400, Code: "unsupported_parameter", Param: str("temperature"),
			Message: "Unsupported parameter: 'temperature' is not supported with this model."}, true},
		{"proxy keeps only the message", &openai.APIError{HTTPStatusCode: 400, Code: 400,
			Message: "litellm.BadRequestError: OpenAIException - Unsupported parameter: 'max_tokens' is not supported with this model."}, true},
		{"another parameter", &openai.APIError{HTTPStatusCode: 400, Code: "unsupported_parameter", Param: str("stream_options"),
			Message: "Unsupported parameter: 'stream_options' is not supported with this model."}, false},
		{"context length", &openai.APIError{HTTPStatusCode: 400, Code: "context_length_exceeded", Param: str("messages"),
			Message: "This model's maximum context length is 8192 tokens."}, false},
		{"not a 400", &openai.APIError{HTTPStatusCode: 500, Code: "unsupported_parameter", Param: str("max_tokens"), Message: "x"}, false},
		{"not an API error", errors.New("unsupported parameter: 'max_tokens'"), false},
		{"nil", nil, false},
	}
	for _, tt := range tests {
		if got := refusesSampling(tt.err); got != tt.want {
			t.Errorf("%s: refusesSampling = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestEmbedOutOfOrder: vectors listed out of order land on their texts,
// placed by index and not by position.
func TestEmbedOutOfOrder(t *testing.T) {
	for _, batch := range []int{4, 16} {
		t.Run(fmt.Sprintf("batch=%d", batch), func(t *testing.T) {
			srv := llmtest.New("")
			defer srv.Close()
			srv.ShuffleEmbeddings(true)
			c, _, _ := newClient(t, srv.BaseURL(), func(c *Config) { c.EmbedBatch = batch })
			texts := make([]string, 10)
			for i := range texts {
				texts[i] = fmt.Sprintf("text %d on the prison riot", i)
			}
			got, err := c.Embedder().Embed(context.Background(), texts)
			if err != nil {
				t.Fatal(err)
			}
			for i, v := range got {
				if diff := gocmp.Diff(srv.Vector(texts[i]), v); diff != "" {
					t.Fatalf("vector %d is not text %d's:\n%s", i, i, diff)
				}
			}
		})
	}
}

// TestReasoningResendNotARetry: the resend after a refusal does not use
// the retry budget: a 500 on it is still retried.
func TestReasoningResendNotARetry(t *testing.T) {
	srv := llmtest.New(goodReply)
	defer srv.Close()
	srv.ReasoningModels("openai/o3")
	srv.ChatFaults(llmtest.ServerError) // the refusal takes no fault: this is the resend's
	c, waits, m := newClient(t, srv.BaseURL(), func(c *Config) { c.ChatModel, c.MaxTokens, c.MaxRetries = "openai/o3", 300, 1 })
	if _, err := c.Generator().Generate(context.Background(), bot.GenerateRequest{Question: "q", Passages: testPassages}); err != nil {
		t.Fatal(err)
	}
	if diff := gocmp.Diff([]string{"chat/retry", "chat/retry", "chat/ok"}, m.calls); diff != "" {
		t.Errorf("call metrics (-want +got):\n%s", diff)
	}
	if len(*waits) != 1 {
		t.Errorf("waits = %v, want one, before retrying the 500", *waits)
	}
}

// TestCallResendsOnce: call resends at most once, whatever do returns.
func TestCallResendsOnce(t *testing.T) {
	c, waits, _ := newClient(t, "http://127.0.0.1:1/v1", nil)
	n := 0
	err := c.call(context.Background(), "chat", func(context.Context) error {
		n++
		if n > 5 {
			return errors.New("resent without end")
		}
		return resend{&openai.APIError{HTTPStatusCode: 400, Message: "refused"}}
	})
	if !errors.Is(err, ErrRejected) || n != 2 || len(*waits) != 0 {
		t.Errorf("err = %v after %d calls and waits %v, want ErrRejected after 2 and no wait", err, n, *waits)
	}
}
