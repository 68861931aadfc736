package llm

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"strings"
	"testing"
	"time"

	gocmp "github.com/google/go-cmp/cmp"
	openai "github.com/sashabaranov/go-openai"
	"github.com/storybot-dev/storybot/bot"
	"github.com/storybot-dev/storybot/llm/llmtest"
	"github.com/storybot-dev/storybot/prompts"
	"github.com/storybot-dev/storybot/retrieval"
	"github.com/storybot-dev/storybot/story"
)

// isVerify reports whether req is the verifier's.
func isVerify(req openai.ChatCompletionRequest) bool {
	return len(req.Messages) > 0 && req.Messages[0].Content == prompts.VerifySystem()
}

// claimsOf reads the claims of a verifier's request: id -> text.
func claimsOf(req openai.ChatCompletionRequest) map[int]string {
	out := map[int]string{}
	user := req.Messages[len(req.Messages)-1].Content
	for _, part := range strings.Split(user, `<claim id="`)[1:] {
		var id int
		fmt.Sscanf(part, "%d", &id)
		_, body, _ := strings.Cut(part, ">\n")
		body, _, _ = strings.Cut(body, "\n")
		out[id] = body
	}
	return out
}

// labelling replies as a verifier would: claims holding a key of refute get
// its label, the others are supported.
func labelling(req openai.ChatCompletionRequest, refute map[string]string) string {
	claims := claimsOf(req)
	var ls []map[string]any
	for id := 1; id <= len(claims); id++ {
		l := map[string]any{"id": id, "label": prompts.LabelSupported, "words": "as quoted"}
		for w, label := range refute {
			if strings.Contains(claims[id], w) {
				l = map[string]any{"id": id, "label": label, "words": "the passage names another man than " + w}
			}
		}
		ls = append(ls, l)
	}
	b, _ := json.Marshal(map[string]any{"claims": ls})
	return string(b)
}

func TestVerify(t *testing.T) {
	srv := llmtest.New("")
	defer srv.Close()
	srv.SetReply(func(req openai.ChatCompletionRequest) string {
		return labelling(req, map[string]string{"31": prompts.LabelContradicted})
	})
	c, _, m := newClient(t, srv.BaseURL(), nil)
	req := bot.VerifyRequest{
		Question: "How many died?", Passages: testPassages,
		Claims: []bot.VerifyClaim{
			{ID: 1, Text: "The toll rose to 31.", Quotes: []bot.VerifyQuote{{N: 1, Text: "raised the death toll from 18 to 31"}}},
			{ID: 2, Text: "15 guards were held.", Quotes: []bot.VerifyQuote{{N: 2, Text: "15 prison guards"}}},
		},
	}
	res, err := c.Verifier("judge").Verify(context.Background(), req)
	if err != nil {
		t.Fatal(err)
	}
	want := []bot.ClaimLabel{{ID: 1, Label: "contradicted", Words: "the passage names another man than 31"}, {ID: 2, Label: "supported", Words: "as quoted"}}
	if diff := gocmp.Diff(want, res.Labels); diff != "" {
		t.Errorf("labels (-want +got):\n%s", diff)
	}
	if res.Usage.PromptTokens != 100 || res.Usage.CompletionTokens == 0 {
		t.Errorf("usage = %+v", res.Usage)
	}
	sent := srv.ChatRequests()[0]
	if sent.Model != "judge" || sent.ResponseFormat == nil || sent.ResponseFormat.Type != openai.ChatCompletionResponseFormatTypeJSONObject ||
		sent.MaxTokens != verifyTokens(2) || sent.Stream { //lint:ignore SA1019 the field sent
		t.Errorf("request: model %q, response_format %+v, max_tokens %d, stream %v", sent.Model, sent.ResponseFormat, sent.MaxTokens, sent.Stream) //lint:ignore SA1019 the field sent
	}
	if c.Verifier("").Model() != "test-chat" {
		t.Error(`Verifier("") does not ask the chat model`)
	}
	if gocmp.Diff([]string{"verify/ok"}, m.calls) != "" || len(m.tokens) != 0 {
		t.Errorf("metrics: calls %v, tokens %v: want one verify call, its tokens left to the answer", m.calls, m.tokens)
	}
}

// A server without JSON mode is asked again without response_format, and
// from then on only so; its plain (fenced) JSON reply is read.
func TestVerifyWithoutJSONMode(t *testing.T) {
	srv := llmtest.New("")
	defer srv.Close()
	srv.RefuseJSONMode(true)
	srv.SetReply(func(req openai.ChatCompletionRequest) string {
		return "Here are the labels:\n```json\n" + labelling(req, nil) + "\n```"
	})
	c, _, _ := newClient(t, srv.BaseURL(), nil)
	req := bot.VerifyRequest{Question: "q", Passages: testPassages[:1], Claims: []bot.VerifyClaim{{ID: 1, Text: "The toll rose to 31.", Quotes: []bot.VerifyQuote{{N: 1}}}}}
	for i := range 2 {
		res, err := c.Verifier("").Verify(context.Background(), req)
		if err != nil || len(res.Labels) != 1 || res.Labels[0].Label != bot.LabelSupported {
			t.Fatalf("call %d: %+v, %v", i, res, err)
		}
	}
	if _, _, n := srv.Counts(); n != 3 {
		t.Errorf("%d requests, want the refused one, its resend and one without response_format", n)
	}
}

func TestParseLabels(t *testing.T) {
	tests := []struct {
		reply string
		want  []bot.ClaimLabel
		err   string
	}{
		{`{"claims": [{"id": 1, "label": "supported", "words": " 31 "}]}`, []bot.ClaimLabel{{ID: 1, Label: "supported", Words: "31"}}, ""},
		{"```json\n{\"claims\": [{\"id\": \"2\", \"label\": \"Not in passage\"}]}\n```", []bot.ClaimLabel{{ID: 2, Label: "not_in_passage", Words: ""}}, ""},
		{`{"claims": [{"id": 1, "label": "not-in-passage"}, {"id": 2, "label": "CONTRADICTED"}]}`, []bot.ClaimLabel{{ID: 1, Label: "not_in_passage"}, {ID: 2, Label: "contradicted"}}, ""},
		{`{"claims": []}`, []bot.ClaimLabel{}, ""},
		{"All claims are supported.", nil, "no JSON object"},
		{`{"claims": [{"id": 1, "label": "supported"`, nil, "no JSON object"},
		{`{"claims": "all supported"}`, nil, "invalid JSON"},
		{`{"labels": [{"id": 1, "label": "supported"}]}`, nil, `no "claims" list`},
		{`{"claims": [{"id": "one", "label": "supported"}]}`, nil, "not a number"},
		{`{"claims": [{"id": 1.5, "label": "supported"}]}`, nil, "not a number"},
	}
	for _, tt := range tests {
		got, err := parseLabels(tt.reply)
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("%q: err %v, want %q", tt.reply, err, tt.err)
			}
			continue
		}
		if err != nil || !gocmp.Equal(got, tt.want) {
			t.Errorf("%q: %+v, %v; want %+v", tt.reply, got, err, tt.want)
		}
	}
}

// The verifier's story, reply and question: the check keeps three claims
// and drops one ("army bombed"); the verifier is asked about the three.
const (
	vStory = " date 2023-07-26 STORY: Soldiers retake a rioting prison in Ecuador.\n\n" +
		"Ecuador’s attorney general on Tuesday raised the death toll from the violence from 18 to 31.\n\n" +
		"Guillermo Rodriguez is the general director of Ecuador’s prison authority, the SNAI.\n\n" +
		"In Esmeraldas, 15 prison guards and 2 other staffers were held hostage at a local jail.\n"
	vReply = `The toll rose from 18 to 31 [1: "raised the death toll from the violence from 18 to 31"]. ` +
		`Guillermo Rodriguez heads the prison authority [1: "Guillermo Rodriguez is the general director"]. ` +
		`In Esmeraldas, 15 prison guards were held hostage [2: "15 prison guards and 2 other staffers were held hostage"]. ` +
		"The army bombed the jail [1]."
	vQuestion = "What happened in the prison violence?"
)

// verifiedBot is a bot answering from srv's model and verified by vsrv's,
// each a client of its own, as [verify] base_url makes them.
func verifiedBot(t testing.TB, srv, vsrv *llmtest.Server, timeout time.Duration) *bot.Bot {
	t.Helper()
	var log *slog.Logger // a benchmark's is discarded
	if tt, ok := t.(*testing.T); ok {
		log = testLogger(tt)
	}
	mk := func(url string) *Client {
		c, err := New(Config{BaseURL: url, APIKey: testKey, ChatModel: "test-chat", EmbeddingModel: "test-embed", Timeout: 5 * time.Second, MaxRetries: 1}, nil, log)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	c := mk(srv.BaseURL())
	ix, err := retrieval.Build(context.Background(), []story.Story{story.Parse("ecuador.txt", vStory)}, retrieval.NewHashEmbedder(0), retrieval.DefaultOptions(), nil)
	if err != nil {
		t.Fatal(err)
	}
	var gen bot.Generator = c.Generator()
	if vsrv != nil {
		vc := mk(vsrv.BaseURL())
		vc.sleep = func(ctx context.Context, _ time.Duration) error { return ctx.Err() } // retry at once
		gen = bot.WithVerifier(gen, vc.Verifier("judge"), timeout)
	}
	return bot.New(ix, gen, bot.Options{}, log)
}

func askV(t testing.TB, b *bot.Bot) *bot.Answer {
	t.Helper()
	ans, err := b.Ask(context.Background(), bot.Question{Text: vQuestion})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range ans.Citations {
		if c.Quote != vStory[c.Start:c.End] {
			t.Errorf("citation %d quote is not the source bytes", c.N)
		}
	}
	return ans
}

// TestVerifierOnTheWire runs the answering core with a verifier on a
// server of its own, both real clients against the fake: a refuted claim
// is dropped; a verifier that supports all changes nothing; one that
// fails, times out or replies with garbage leaves the checked answer; the
// check's veto holds; the key is in no answer and no log.
func TestVerifierOnTheWire(t *testing.T) {
	srv := llmtest.New(vReply)
	defer srv.Close()
	checked := askV(t, verifiedBot(t, srv, nil, 0))
	if checked.Mode != bot.ModeLLM || strings.Contains(checked.Text, "bombed") || !strings.Contains(checked.Text, "Rodriguez") {
		t.Fatalf("the checked answer: mode %s, %q", checked.Mode, checked.Text)
	}
	vsrv := llmtest.New("")
	defer vsrv.Close()
	b := verifiedBot(t, srv, vsrv, 300*time.Millisecond)

	t.Run("contradicted claim dropped", func(t *testing.T) {
		vsrv.SetReply(func(req openai.ChatCompletionRequest) string {
			return labelling(req, map[string]string{"Rodriguez": prompts.LabelContradicted})
		})
		ans := askV(t, b)
		want := "The toll rose from 18 to 31 [1]. In Esmeraldas, 15 prison guards were held hostage [2]."
		if ans.Mode != bot.ModeLLM || ans.Text != want {
			t.Errorf("mode %s, text %q (fallback %q), want %q", ans.Mode, ans.Text, ans.FallbackReason, want)
		}
		last := ans.DroppedClaims[len(ans.DroppedClaims)-1]
		if last.Rule != bot.DropRuleVerifier || !strings.HasPrefix(last.Reason, `verifier: contradicted: "the passage names another man`) {
			t.Errorf("dropped %+v", ans.DroppedClaims)
		}
		if ans.VerifyUsage == nil || ans.VerifyUsage.PromptTokens != 100 || ans.Usage == nil || ans.Timings.VerifyMS <= 0 {
			t.Errorf("usage %+v, verifier's %+v, verify_ms %v", ans.Usage, ans.VerifyUsage, ans.Timings.VerifyMS)
		}
		// ask --json shows the verifier's cost beside the model's.
		js, _ := json.Marshal(ans)
		for _, k := range []string{`"verify_ms":`, `"verify_usage":{"prompt_tokens":100`, `"verification":{"outcome":"ok"`} {
			if !strings.Contains(string(js), k) {
				t.Errorf("the answer's JSON lacks %s: %s", k, js)
			}
		}
		// The veto: the verifier was asked about the kept claims only.
		reqs := vsrv.ChatRequests()
		if got := claimsOf(reqs[len(reqs)-1]); len(got) != 3 || strings.Contains(fmt.Sprint(got), "bombed") {
			t.Errorf("claims sent to the verifier: %v", got)
		}
	})
	t.Run("all supported", func(t *testing.T) {
		vsrv.SetReply(func(req openai.ChatCompletionRequest) string { return labelling(req, nil) })
		ans := askV(t, b)
		if ans.Text != checked.Text || !gocmp.Equal(ans.Citations, checked.Citations) || ans.Verification.Outcome != bot.VerifyOK {
			t.Errorf("text %q, want the checked %q", ans.Text, checked.Text)
		}
	})
	t.Run("veto", func(t *testing.T) {
		// A verifier that "supports" the claim the check dropped, as a
		// fourth label: not the labels asked for.
		vsrv.SetReply(func(req openai.ChatCompletionRequest) string {
			return `{"claims": [{"id": 1, "label": "supported"}, {"id": 2, "label": "supported"}, {"id": 3, "label": "supported"}, {"id": 4, "label": "supported", "words": "The army bombed the jail"}]}`
		})
		ans := askV(t, b)
		if strings.Contains(ans.Text, "bombed") || ans.Text != checked.Text || ans.Verification.Outcome != bot.VerifyFailed {
			t.Errorf("text %q, verification %+v", ans.Text, ans.Verification)
		}
	})
	vsrv.SetReply(func(req openai.ChatCompletionRequest) string { return labelling(req, nil) })
	for _, tt := range []struct {
		name    string
		fault   llmtest.Fault
		reply   string
		outcome string
		err     string
	}{
		{"500", llmtest.ServerError, "", bot.VerifyFailed, "HTTP 500"},
		{"timeout", llmtest.Slow, "", bot.VerifyTimeout, "did not answer in time"},
		{"invalid JSON body", llmtest.InvalidJSON, "", bot.VerifyFailed, "malformed"},
		{"empty choices", llmtest.EmptyChoices, "", bot.VerifyFailed, "no choices"},
		{"key echoed", llmtest.EchoKey, "", bot.VerifyFailed, "[redacted]"},
		{"prose", llmtest.OK, "I checked the claims and they all look fine to me.", bot.VerifyFailed, "no JSON object"},
		{"wrong shape", llmtest.OK, `{"claims": {"1": "supported"}}`, bot.VerifyFailed, "invalid JSON"},
		{"unknown label", llmtest.OK, `{"claims": [{"id": 1, "label": "true"}, {"id": 2, "label": "supported"}, {"id": 3, "label": "supported"}]}`, bot.VerifyFailed, `label "true"`},
		{"claims missing", llmtest.OK, `{"claims": [{"id": 2, "label": "contradicted"}]}`, bot.VerifyFailed, "labelled 1 of 3"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			vsrv.AlwaysFail(tt.fault)
			defer vsrv.AlwaysFail(llmtest.OK)
			if tt.reply != "" {
				vsrv.SetReply(func(openai.ChatCompletionRequest) string { return tt.reply })
				defer vsrv.SetReply(func(req openai.ChatCompletionRequest) string { return labelling(req, nil) })
			}
			ans := askV(t, b)
			if ans.Mode != bot.ModeLLM || ans.Text != checked.Text || ans.FallbackReason != "" {
				t.Errorf("mode %s, text %q (fallback %q), want the checked answer", ans.Mode, ans.Text, ans.FallbackReason)
			}
			if v := ans.Verification; v == nil || v.Outcome != tt.outcome || !strings.Contains(v.Error, tt.err) {
				t.Errorf("verification %+v, want %s with %q", v, tt.outcome, tt.err)
			}
			if js, _ := json.Marshal(ans); strings.Contains(string(js), testKey) {
				t.Errorf("the key reached the answer: %s", js)
			}
		})
	}
	if strings.Contains(logs.String(), testKey) {
		t.Error("the key reached the logs")
	}
	if !strings.Contains(logs.String(), "verifier failed") {
		t.Error("a failed verifier was not logged")
	}
}

// TestVerifierOnTheSameServer: with no [verify] server the verifier asks
// [llm]'s, with the same client and key, as a second request per answer.
func TestVerifierOnTheSameServer(t *testing.T) {
	srv := llmtest.New("")
	defer srv.Close()
	srv.SetReply(func(req openai.ChatCompletionRequest) string {
		if isVerify(req) {
			return labelling(req, map[string]string{"Esmeraldas": prompts.LabelNotInPassage})
		}
		return vReply
	})
	c, _, m := newClient(t, srv.BaseURL(), func(c *Config) { c.Stream = true })
	ix, err := retrieval.Build(context.Background(), []story.Story{story.Parse("ecuador.txt", vStory)}, retrieval.NewHashEmbedder(0), retrieval.DefaultOptions(), nil)
	if err != nil {
		t.Fatal(err)
	}
	b := bot.New(ix, bot.WithVerifier(c.Generator(), c.Verifier(""), DefaultVerifyTimeout), bot.Options{}, testLogger(t))
	var shown []string
	ans, err := b.Ask(context.Background(), bot.Question{Text: vQuestion, OnPartial: func(s string) { shown = append(shown, s) }})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Text != "The toll rose from 18 to 31 [1]. Guillermo Rodriguez heads the prison authority [2]." || len(shown) != 0 {
		t.Errorf("text %q, streamed %q", ans.Text, shown)
	}
	reqs := srv.ChatRequests()
	if len(reqs) != 2 || !isVerify(reqs[1]) || reqs[1].Model != "test-chat" {
		t.Fatalf("%d requests, want the answer's and the verifier's on the chat model", len(reqs))
	}
	for _, a := range srv.Authorizations() {
		if a != "Bearer "+testKey {
			t.Errorf("authorization %q", a)
		}
	}
	if gocmp.Diff([]string{"chat/ok", "verify/ok"}, m.calls) != "" {
		t.Errorf("metrics calls %v", m.calls)
	}
}

// The extra latency of verification, measured against a verifier that
// takes 200 ms to reply (a hosted small model's typical time for this
// prompt is 1-3 s; see config.DefaultVerifyTimeout). Asserts outcomes
// only; run with -v for the figures:
//
//	go test ./llm -run TestVerifyLatency -v
func TestVerifyLatency(t *testing.T) {
	if testing.Short() {
		t.Skip("timed")
	}
	srv := llmtest.New(vReply)
	defer srv.Close()
	vsrv := llmtest.New("")
	defer vsrv.Close()
	vsrv.SetReply(func(req openai.ChatCompletionRequest) string { return labelling(req, nil) })
	const delay, n = 200 * time.Millisecond, 10
	vsrv.SetReplyDelay(delay)
	measure := func(b *bot.Bot, outcome string) (total, verify time.Duration) {
		for range n {
			ans := askV(t, b)
			if ans.Mode != bot.ModeLLM {
				t.Fatalf("mode %s (%s)", ans.Mode, ans.FallbackReason)
			}
			if got := ""; ans.Verification != nil && ans.Verification.Outcome != outcome || ans.Verification == nil && outcome != got {
				t.Fatalf("verification %+v, want %q", ans.Verification, outcome)
			}
			total += time.Duration(ans.Timings.TotalMS * float64(time.Millisecond))
			verify += time.Duration(ans.Timings.VerifyMS * float64(time.Millisecond))
		}
		return total / n, verify / n
	}
	off, _ := measure(verifiedBot(t, srv, nil, 0), "")
	on, verify := measure(verifiedBot(t, srv, vsrv, DefaultVerifyTimeout), bot.VerifyOK)
	t.Logf("answer without verifier %v, with a %v verifier %v: %v more (verify_ms %v; %v of it beyond the verifier's own delay)",
		off.Round(10*time.Microsecond), delay, on.Round(10*time.Microsecond), (on - off).Round(10*time.Microsecond),
		verify.Round(10*time.Microsecond), (verify - delay).Round(10*time.Microsecond))
	// Past the timeout the verifier costs the timeout, not its delay.
	vsrv.SetReplyDelay(time.Second)
	late, lateVerify := measure(verifiedBot(t, srv, vsrv, 100*time.Millisecond), bot.VerifyTimeout)
	t.Logf("a 1 s verifier cut at a 100ms timeout: answer %v, verify_ms %v", late.Round(10*time.Microsecond), lateVerify.Round(10*time.Microsecond))
}

// BenchmarkAskVerified: one answer on loopback, without a verifier and
// with one that replies at once, for the verifier's own overhead (the
// prompt, the call, the JSON, the re-rendering).
func BenchmarkAskVerified(b *testing.B) {
	srv := llmtest.New(vReply)
	defer srv.Close()
	vsrv := llmtest.New("")
	defer vsrv.Close()
	vsrv.SetReply(func(req openai.ChatCompletionRequest) string {
		return labelling(req, map[string]string{"Rodriguez": prompts.LabelContradicted})
	})
	for _, tt := range []struct {
		name string
		v    *llmtest.Server
	}{{"off", nil}, {"on", vsrv}} {
		b.Run(tt.name, func(b *testing.B) {
			bt := verifiedBot(b, srv, tt.v, DefaultVerifyTimeout)
			var verify float64
			for b.Loop() {
				verify += askV(b, bt).Timings.VerifyMS
			}
			b.ReportMetric(verify/float64(b.N), "verify-ms/op")
		})
	}
}
