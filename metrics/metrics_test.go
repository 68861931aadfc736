package metrics

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/storybot-dev/storybot"
	"github.com/storybot-dev/storybot/bot"
	"github.com/storybot-dev/storybot/retrieval"
	"github.com/storybot-dev/storybot/story"
)

func newBot(t *testing.T) *bot.Bot {
	t.Helper()
	stories, err := story.Load(storybot.DefaultCorpus(), nil)
	if err != nil {
		t.Fatal(err)
	}
	ix, err := retrieval.Build(context.Background(), stories, retrieval.NewHashEmbedder(0), retrieval.DefaultOptions(), nil)
	if err != nil {
		t.Fatal(err)
	}
	return bot.New(ix, nil, bot.DefaultOptions(), nil)
}

// scrape fetches /metrics and returns each sample line's value by its
// name and labels, as written ("storybot_questions_total{...}").
func scrape(t *testing.T, url string) map[string]float64 {
	t.Helper()
	resp, err := http.Get(url + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET /metrics: %s", resp.Status)
	}
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/plain") {
		t.Errorf("Content-Type = %q, want the Prometheus text format", ct)
	}
	out := map[string]float64{}
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		i := strings.LastIndexByte(line, ' ')
		v, err := strconv.ParseFloat(line[i+1:], 64)
		if err != nil {
			t.Fatalf("bad sample line %q", line)
		}
		out[line[:i]] = v
	}
	return out
}

func TestMetricsMoveAfterQuestions(t *testing.T) {
	b := newBot(t)
	m := New()
	srv := httptest.NewServer(m.Handler(nil))
	defer srv.Close()

	before := scrape(t, srv.URL)
	// The Go and process collectors are on our registry; the global
	// registry's default metrics are not duplicated.
	if _, ok := before["go_goroutines"]; !ok {
		t.Error("no go_goroutines: runtime collector missing")
	}

	ask := func(q string) {
		start := time.Now()
		a, err := b.Ask(context.Background(), bot.Question{Text: q})
		m.Answered("discord", a, err, time.Since(start))
	}
	ask("How many people died in the prison violence in Ecuador?") // answered
	ask("How many people died in the prison violence in Ecuador?")
	ask("What is the boiling point of tungsten on Mars?") // abstained
	ask("   ")                                            // rejected
	// Two verified LLM answers: one verified (a claim refuted), one whose
	// verifier timed out.
	m.Answered("discord", &bot.Answer{Mode: bot.ModeLLM, Citations: []bot.Citation{{N: 1}},
		Verification: &bot.Verification{Outcome: bot.VerifyOK, Labels: []bot.ClaimLabel{{ID: 1, Label: bot.LabelSupported}, {ID: 2, Label: bot.LabelContradicted}}},
		VerifyUsage:  &bot.Usage{PromptTokens: 900, CompletionTokens: 40, TotalTokens: 940},
		Timings:      bot.Timings{VerifyMS: 1200}}, nil, 3*time.Second)
	m.Answered("discord", &bot.Answer{Mode: bot.ModeLLM, Citations: []bot.Citation{{N: 1}},
		Verification: &bot.Verification{Outcome: bot.VerifyTimeout, Error: "the model server did not answer in time"},
		Timings:      bot.Timings{VerifyMS: 5000}}, nil, 7*time.Second)
	m.RateLimited("discord")
	m.ModelCall("chat", "ok", 1500*time.Millisecond)
	m.ModelCall("verify", "error", 5*time.Second)
	m.ModelCall("chat", "retry", 200*time.Millisecond)
	m.ModelCall("embed", "error", 30*time.Second)
	m.Tokens("prompt", 812)
	m.Tokens("completion", 64)
	m.Tokens("completion", 0)

	after := scrape(t, srv.URL)
	want := map[string]float64{
		`storybot_questions_total{mode="extractive",outcome="answered",surface="discord"}`:  2,
		`storybot_questions_total{mode="extractive",outcome="abstained",surface="discord"}`: 1,
		`storybot_questions_total{mode="none",outcome="rejected",surface="discord"}`:        1,
		`storybot_answer_seconds_count{mode="extractive",surface="discord"}`:                3,
		`storybot_answer_seconds_count{mode="none",surface="discord"}`:                      1,
		`storybot_retrieval_seconds_count`:                                                  5,
		`storybot_rate_limited_total{surface="discord"}`:                                    1,
		`storybot_model_calls_total{kind="chat",outcome="ok"}`:                              1,
		`storybot_model_calls_total{kind="chat",outcome="retry"}`:                           1,
		`storybot_model_calls_total{kind="embed",outcome="error"}`:                          1,
		`storybot_model_call_seconds_count{kind="chat"}`:                                    2,
		`storybot_model_call_seconds_sum{kind="chat"}`:                                      1.7,
		`storybot_model_call_seconds_bucket{kind="embed",le="20"}`:                          0,
		`storybot_model_call_seconds_bucket{kind="embed",le="30"}`:                          1,
		`storybot_model_tokens_total{kind="prompt"}`:                                        812,
		`storybot_model_tokens_total{kind="completion"}`:                                    64,
		`storybot_model_calls_total{kind="verify",outcome="error"}`:                         1,
		`storybot_questions_total{mode="llm",outcome="answered",surface="discord"}`:         2,
		`storybot_verify_total{outcome="ok"}`:                                               1,
		`storybot_verify_total{outcome="timeout"}`:                                          1,
		`storybot_verify_seconds_count`:                                                     2,
		`storybot_verify_seconds_sum`:                                                       6.2,
		`storybot_verify_seconds_bucket{le="1"}`:                                            0,
		`storybot_verify_seconds_bucket{le="2"}`:                                            1,
		`storybot_verify_seconds_bucket{le="5"}`:                                            2,
		`storybot_verify_tokens_total{kind="prompt"}`:                                       900,
		`storybot_verify_tokens_total{kind="completion"}`:                                   40,
		`storybot_verify_claims_total{label="supported"}`:                                   1,
		`storybot_verify_claims_total{label="contradicted"}`:                                1,
	}
	got := map[string]float64{}
	for k := range want {
		v, ok := after[k]
		if !ok {
			t.Errorf("no sample %s", k)
			continue
		}
		if _, was := before[k]; was && before[k] != 0 {
			t.Errorf("%s was already %g before any question", k, before[k])
		}
		got[k] = v
	}
	if diff := cmp.Diff(want, got, cmp.Comparer(func(a, b float64) bool { return fmt.Sprintf("%.6g", a) == fmt.Sprintf("%.6g", b) })); diff != "" {
		t.Errorf("samples after questions (-want +got):\n%s", diff)
	}
	if s := after["storybot_retrieval_seconds_sum"]; !(s > 0) {
		t.Errorf("storybot_retrieval_seconds_sum = %g, want > 0 (from Answer.Timings.RetrieveMS)", s)
	}
}

func TestClassify(t *testing.T) {
	tests := []struct {
		name          string
		a             *bot.Answer
		err           error
		mode, outcome string
	}{
		{"answered", &bot.Answer{Mode: bot.ModeLLM}, nil, "llm", OutcomeAnswered},
		{"abstained", &bot.Answer{Mode: bot.ModeExtractive, Abstained: true}, nil, "extractive", OutcomeAbstained},
		{"fell back", &bot.Answer{Mode: bot.ModeExtractive, FallbackReason: "model timed out"}, nil, "extractive", OutcomeFellBack},
		{"fell back then abstained", &bot.Answer{Mode: bot.ModeExtractive, Abstained: true, FallbackReason: "x"}, nil, "extractive", OutcomeFellBack},
		{"too long", nil, bot.ErrQuestionTooLong, "none", OutcomeRejected},
		{"cancelled", nil, fmt.Errorf("couldn't answer: %w", context.Canceled), "none", OutcomeFailed},
		{"nil answer", nil, nil, "none", OutcomeFailed},
	}
	for _, tt := range tests {
		mode, outcome := classify(tt.a, tt.err)
		if mode != tt.mode || outcome != tt.outcome {
			t.Errorf("%s: classify = %s, %s; want %s, %s", tt.name, mode, outcome, tt.mode, tt.outcome)
		}
	}
}

func getHealth(t *testing.T, url string) (int, Health) {
	t.Helper()
	resp, err := http.Get(url + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	var h Health
	if err := json.Unmarshal(body, &h); err != nil {
		t.Fatalf("healthz body %q is not JSON: %v", body, err)
	}
	if ct := resp.Header.Get("Content-Type"); ct != "application/json" {
		t.Errorf("Content-Type = %q", ct)
	}
	return resp.StatusCode, h
}

func TestHealthz(t *testing.T) {
	m := New()
	srv := httptest.NewServer(m.Handler(nil))
	defer srv.Close()

	if code, h := getHealth(t, srv.URL); code != http.StatusOK || h.Status != "ok" {
		t.Errorf("no checks: %d %+v, want 200 ok", code, h)
	}

	connected := false
	m.AddCheck("index", func(context.Context) error { return nil })
	m.AddCheck("discord", func(context.Context) error {
		if !connected {
			return errors.New("gateway not connected")
		}
		return nil
	})
	code, h := getHealth(t, srv.URL)
	want := Health{Status: "unavailable", Checks: map[string]string{"index": "ok", "discord": "gateway not connected"}, Reason: "discord: gateway not connected"}
	if code != http.StatusServiceUnavailable {
		t.Errorf("status %d, want 503", code)
	}
	if diff := cmp.Diff(want, h); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}

	connected = true
	code, h = getHealth(t, srv.URL)
	if code != http.StatusOK || h.Status != "ok" || len(h.Checks) != 2 {
		t.Errorf("all healthy: %d %+v, want 200 with two ok checks", code, h)
	}

	m.AddCheck("model", func(context.Context) error { panic("boom") })
	code, h = getHealth(t, srv.URL)
	if code != http.StatusServiceUnavailable || !strings.Contains(h.Checks["model"], "check panicked") {
		t.Errorf("panicking check: %d %+v, want 503 naming the panic", code, h)
	}
}

func TestHealthCheckThatHangsTimesOut(t *testing.T) {
	m := New()
	release := make(chan struct{})
	defer close(release)
	m.AddCheck("model", func(ctx context.Context) error {
		<-release // ignores ctx, like a badly written check
		return nil
	})
	ctx, cancel := context.WithCancel(context.Background())
	cancel() // the prober gave up: the check must not hold the handler
	h := m.CheckHealth(ctx)
	if h.Status != "unavailable" || !strings.Contains(h.Checks["model"], "did not answer") {
		t.Errorf("got %+v, want the model check reported as not answering", h)
	}
}

func TestServeStopsWithContext(t *testing.T) {
	m := New()
	ln, err := Listen("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- Serve(ctx, ln, m.Handler(nil)) }()
	url := "http://" + ln.Addr().String()
	if code, _ := getHealth(t, url); code != http.StatusOK {
		t.Errorf("healthz: %d", code)
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("Serve after cancel = %v, want nil", err)
	}
	if _, err := http.Get(url + "/healthz"); err == nil {
		t.Error("still serving after the context ended")
	}
	if _, err := Listen(ln.Addr().String() + "x"); err == nil || !strings.Contains(err.Error(), "couldn't listen") {
		t.Errorf("Listen(bad) = %v", err)
	}
}
