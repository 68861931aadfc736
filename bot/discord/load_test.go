package discord_test

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	openai "github.com/sashabaranov/go-openai"
	"github.com/storybot-dev/storybot"
	"github.com/storybot-dev/storybot/bot"
	"github.com/storybot-dev/storybot/bot/discord"
	"github.com/storybot-dev/storybot/bot/discord/discordtest"
	"github.com/storybot-dev/storybot/llm"
	"github.com/storybot-dev/storybot/llm/llmtest"
	"github.com/storybot-dev/storybot/retrieval"
	"github.com/storybot-dev/storybot/story"
)

// slowWriter holds the end of a streamed reply back.
type slowWriter struct {
	http.ResponseWriter
	end time.Duration
}

func (w slowWriter) Write(b []byte) (int, error) {
	if strings.Contains(string(b), "[DONE]") {
		time.Sleep(w.end)
	}
	return w.ResponseWriter.Write(b)
}

func (w slowWriter) Flush() { w.ResponseWriter.(http.Flusher).Flush() }

// slowModel is a loopback model server (llmtest) behind a proxy that makes
// each streamed answer take d: half before the first chunk, half before
// the end of the stream.
func slowModel(t *testing.T, reply string, d time.Duration) string {
	t.Helper()
	fake := llmtest.New("")
	// The claim cites the passage that holds "18 to 31", as a model would.
	passage := regexp.MustCompile(`(?s)<passage n="(\d+)"[^>]*>(.*?)</passage>`)
	fake.SetReply(func(req openai.ChatCompletionRequest) string {
		for _, m := range req.Messages {
			for _, p := range passage.FindAllStringSubmatch(m.Content, -1) {
				if strings.Contains(p[2], "from 18 to 31") {
					return reply + " [" + p[1] + "]"
				}
			}
		}
		return "The stories don't say."
	})
	t.Cleanup(fake.Close)
	to, _ := url.Parse(fake.URL)
	proxy := httputil.NewSingleHostReverseProxy(to)
	proxy.FlushInterval = -1
	slow := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "/chat/completions") {
			time.Sleep(d / 2)
			w = slowWriter{w, d / 2}
		}
		proxy.ServeHTTP(w, r)
	}))
	t.Cleanup(slow.Close)
	return slow.URL + "/v1"
}

func percentile(ds []time.Duration, p float64) time.Duration {
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[min(len(s)-1, int(float64(len(s))*p))]
}

// A burst: 200 /ask in one second from 50 users, the real bot in LLM mode
// over a slow loopback model (100 ms per streamed answer;
// STORYBOT_LOAD_MODEL_DELAY=2s for a slower one), eight answering slots,
// Discord answering each callback after 0-50 ms at random. Outcomes, not
// speed: every interaction is acknowledged (deferred) before anything
// else is sent for it, every one is answered with its sources as its
// last edit, none is turned away (the queue, 500, is far from full) and
// Discord refused nothing (no 429, no early edit). The times are logged.
func TestLoadBurstIsQueuedAndAllAnswered(t *testing.T) {
	// Not parallel: the burst takes both cores of a CI machine.
	delay := 100 * time.Millisecond
	if v := os.Getenv("STORYBOT_LOAD_MODEL_DELAY"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil {
			t.Fatal(err)
		}
		delay = d
	}
	const (
		n     = 200
		users = 50
		over  = time.Second
	)
	stories, err := story.Load(storybot.DefaultCorpus(), nil)
	if err != nil {
		t.Fatal(err)
	}
	ix, err := retrieval.Open(context.Background(), t.TempDir(), stories, retrieval.NewHashEmbedder(0), retrieval.DefaultOptions(), nil)
	if err != nil {
		t.Fatal(err)
	}
	cl, err := llm.New(llm.Config{
		BaseURL:   slowModel(t, "The attorney general raised the death toll from 18 to 31.", delay),
		ChatModel: "fake-chat", EmbeddingModel: "fake-embed", Timeout: time.Minute, EmbedTimeout: 30 * time.Second,
		EmbedBatch: 64, EmbedParallel: 2, MaxRetries: 0, MaxTokens: 600, Stream: true,
	}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	bo := bot.DefaultOptions()
	bo.ModelTimeout = time.Minute
	b := bot.New(ix, cl.Generator(), bo, nil)
	if probe, err := b.Ask(context.Background(), bot.Question{Text: "How many people died?"}); err != nil || probe.Mode != bot.ModeLLM {
		t.Fatalf("the slow model's answer = %+v, %v; want an LLM answer", probe, err)
	}
	a := &fakeAsker{answer: b.Ask, asked: make(chan bot.Question, 10*n)}
	h := startWith(t, a, func(s *discordtest.Server) {
		s.CallbackDelay = func() time.Duration { return rand.N(50 * time.Millisecond) }
	}, func(o *discord.Options) {
		o.EditInterval = discord.DefaultEditInterval
		o.Config.RateBurst = 5 // four questions per user must all be allowed
	})
	guard, cancel := context.WithTimeout(context.Background(), time.Minute+50*delay) // a guard, not a measurement
	t.Cleanup(cancel)
	h.ctx = guard
	dispatched := make(map[string]time.Time, n)
	began := time.Now()
	for i := range n {
		tok := fmt.Sprintf("L%03d", i)
		u := discordtest.User{ID: fmt.Sprint(320000000000000000 + i%users), Name: fmt.Sprint("user", i%users)}
		if wait := time.Until(began.Add(over * time.Duration(i) / n)); wait > 0 {
			time.Sleep(wait)
		}
		dispatched[tok] = time.Now()
		h.dispatch("INTERACTION_CREATE", discordtest.Interaction(fmt.Sprint(910000+i), tok, "700", "701", u,
			discordtest.Ask("How many people died?", false)))
	}
	final := func(r discordtest.Request) bool {
		return r.Method == "PATCH" && strings.HasSuffix(r.Path, "/messages/@original") && strings.Contains(string(r.Body), `"title":"Sources"`)
	}
	if err := h.srv.Wait(h.ctx, func(s *discordtest.Server) bool {
		c := 0
		for _, r := range s.Requests() {
			if final(r) {
				c++
			}
		}
		return c >= n
	}); err != nil {
		t.Fatalf("not every question was answered: %v", err)
	}
	took := time.Since(began)
	var acks, answers []time.Duration
	var refused, tooMany int
	seq := map[string][]string{} // token -> "ack", "edit", "final", in order
	for _, r := range h.srv.Requests() {
		parts := strings.Split(r.Path, "/")
		switch {
		case r.Method == "POST" && strings.HasSuffix(r.Path, "/callback"):
			var cb struct {
				Type int `json:"type"`
			}
			_ = json.Unmarshal(r.Body, &cb)
			if cb.Type != 5 {
				refused++
			}
			acks = append(acks, r.At.Sub(dispatched[parts[3]]))
			seq[parts[3]] = append(seq[parts[3]], "ack")
		case final(r):
			answers = append(answers, r.At.Sub(dispatched[parts[3]]))
			seq[parts[3]] = append(seq[parts[3]], "final")
		case strings.HasPrefix(r.Path, "/webhooks/"):
			seq[parts[3]] = append(seq[parts[3]], "edit")
		}
		if r.Status == 429 {
			tooMany++
		}
	}
	if len(acks) != n || len(answers) != n {
		t.Fatalf("%d acknowledgements and %d answers for %d interactions", len(acks), len(answers), n)
	}
	for tok, s := range seq {
		if s[0] != "ack" || s[len(s)-1] != "final" || slices.Index(s, "final") != len(s)-1 {
			t.Errorf("%s: %v, want the acknowledgement first and the answer with its sources last, once", tok, s)
		}
	}
	if refused > 0 {
		t.Errorf("%d interactions were turned away with the queue far from full", refused)
	}
	if tooMany > 0 {
		t.Errorf("the bot got %d 429s", tooMany)
	}
	if e := h.srv.EarlyWebhooks(); e > 0 {
		t.Errorf("%d edits reached Discord before their interaction's callback was answered", e)
	}
	t.Logf("%d interactions from %d users over %s, model %s per answer, %d slots: all answered in %s",
		n, users, over, delay, h.opts.Config.MaxInFlight, took.Round(time.Millisecond))
	t.Logf("ack    p50 %s  p95 %s  max %s", percentile(acks, .5).Round(time.Microsecond), percentile(acks, .95).Round(time.Microsecond), slices.Max(acks).Round(time.Microsecond))
	t.Logf("answer p50 %s  p95 %s  max %s", percentile(answers, .5).Round(time.Millisecond), percentile(answers, .95).Round(time.Millisecond), slices.Max(answers).Round(time.Millisecond))
}
