package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io/fs"
	"log/slog"
	"regexp"
	"strings"
	"testing"

	openai "github.com/sashabaranov/go-openai"
	"github.com/storybot-dev/storybot"
	"github.com/storybot-dev/storybot/bot"
	"github.com/storybot-dev/storybot/config"
	"github.com/storybot-dev/storybot/llm/llmtest"
)

func modelTestEnv(vars map[string]string) func(string) string {
	return func(k string) string { return vars[k] }
}

func TestModelSelection(t *testing.T) {
	tests := []struct {
		name    string
		env     map[string]string
		cfgURL  string
		offline bool
		wantID  string // embedder ID
		wantGen bool
		wantErr string
	}{
		{name: "nothing configured", wantID: "hash-v1-384"},
		{name: "key only: OpenAI", env: map[string]string{"OPENAI_API_KEY": "sk-abc"}, wantID: "openai:text-embedding-3-small", wantGen: true},
		{name: "base URL only: local server", env: map[string]string{"OPENAI_BASE_URL": "http://127.0.0.1:11434/v1"}, wantID: "openai:text-embedding-3-small", wantGen: true},
		{name: "config base URL", cfgURL: "http://localhost:8000/v1", wantID: "openai:text-embedding-3-small", wantGen: true},
		{name: "offline wins", env: map[string]string{"OPENAI_API_KEY": "sk-abc"}, offline: true, wantID: "hash-v1-384"},
		{name: "bad base URL", env: map[string]string{"OPENAI_BASE_URL": "localhost:11434"}, wantErr: "invalid model server base URL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := app{cfg: config.Default(), offline: tt.offline}
			c.cfg.LLM.BaseURL = tt.cfgURL
			var logs bytes.Buffer
			emb, gen, err := c.model(&env{getenv: modelTestEnv(tt.env)}, slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug})))
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if emb.ID() != tt.wantID || (gen != nil) != tt.wantGen {
				t.Errorf("embedder %q, generator %v; want %q, %v", emb.ID(), gen != nil, tt.wantID, tt.wantGen)
			}
			if strings.Contains(logs.String(), "sk-abc") {
				t.Errorf("the key was logged: %s", logs.String())
			}
		})
	}
}

// promptPassageRE finds a passage of the prompt: its number and its text.
var promptPassageRE = regexp.MustCompile(`(?s)<passage n="(\d+)"[^>]*>\n(.*?)\n</passage>`)

// TestAskLLM runs `storybot ask --json` against a loopback model server:
// an LLM answer with checked citations, then, with the server failing,
// the extractive answer with a fallback reason.
func TestAskLLM(t *testing.T) {
	srv := llmtest.New("")
	defer srv.Close()
	// The fake model answers like a good one: it finds the passage with
	// the death toll and quotes it with its number.
	srv.SetReply(func(req openai.ChatCompletionRequest) string {
		for _, m := range promptPassageRE.FindAllStringSubmatch(req.Messages[len(req.Messages)-1].Content, -1) {
			if strings.Contains(m[2], "from 18 to 31") {
				return `The attorney general "raised the death toll from the violence from 18 to 31" [` + m[1] + `]. More claims [42].`
			}
		}
		return "NOT_IN_PASSAGES"
	})
	data := t.TempDir()
	vars := map[string]string{"OPENAI_BASE_URL": srv.BaseURL(), "OPENAI_API_KEY": "x"}
	ask := func(t *testing.T) bot.Answer {
		t.Helper()
		var stdout, stderr bytes.Buffer
		code := runEnv(context.Background(), []string{"ask", "--json", "--data", data, "How many people died in the prison violence?"},
			&env{stdout: &stdout, stderr: &stderr, getenv: modelTestEnv(vars)})
		if code != exitOK {
			t.Fatalf("exit %d, stderr:\n%s", code, stderr.String())
		}
		var ans bot.Answer
		if err := json.Unmarshal(stdout.Bytes(), &ans); err != nil {
			t.Fatalf("bad JSON %q: %v", stdout.String(), err)
		}
		if len(ans.Citations) == 0 {
			t.Fatalf("no citations: %+v", ans)
		}
		for _, c := range ans.Citations {
			src, err := fs.ReadFile(storybot.DefaultCorpus(), c.Source)
			if err != nil {
				t.Fatalf("citation %d: %v", c.N, err)
			}
			if c.Start < 0 || c.End > len(src) || c.Quote != string(src[c.Start:c.End]) {
				t.Errorf("citation %d quote %q is not %s bytes [%d,%d)", c.N, c.Quote, c.Source, c.Start, c.End)
			}
		}
		return ans
	}

	ans := ask(t)
	if ans.Mode != bot.ModeLLM || ans.FallbackReason != "" {
		t.Fatalf("mode %q, fallback %q; want llm", ans.Mode, ans.FallbackReason)
	}
	if want := `The attorney general "raised the death toll from the violence from 18 to 31" [1].`; ans.Text != want {
		t.Errorf("answer %q, want %q (the claim citing no passage dropped, the good one renumbered)", ans.Text, want)
	}
	if len(ans.DroppedClaims) != 1 || !strings.Contains(ans.DroppedClaims[0].Claim, "More claims") {
		t.Errorf("dropped claims %+v, want the one citing a passage that doesn't exist", ans.DroppedClaims)
	}
	if len(ans.Citations) != 1 || !strings.Contains(ans.Citations[0].Quote, "from 18 to 31") {
		t.Errorf("citations %+v, want the death-toll sentence", ans.Citations)
	}
	if ans.Usage == nil || ans.Usage.PromptTokens == 0 {
		t.Errorf("usage %+v, want the server's token counts", ans.Usage)
	}
	embedCalls, _, _ := srv.Counts()

	t.Run("server replies with invalid JSON", func(t *testing.T) {
		srv.AlwaysFail(llmtest.InvalidJSON)
		ans := ask(t)
		if ans.Mode != bot.ModeExtractive || !strings.Contains(ans.FallbackReason, "model failed") {
			t.Errorf("mode %q, fallback %q; want extractive with a reason", ans.Mode, ans.FallbackReason)
		}
		// The index was saved by the first run: only the query is embedded.
		if calls, _, _ := srv.Counts(); calls != embedCalls+1 {
			t.Errorf("%d embedding calls after restart, want 1 (the query)", calls-embedCalls)
		}
	})
	t.Run("server down", func(t *testing.T) {
		srv.Close()
		ans := ask(t)
		if ans.Mode != bot.ModeExtractive || !strings.Contains(ans.FallbackReason, "couldn't reach the model server") {
			t.Errorf("mode %q, fallback %q; want extractive, unreachable", ans.Mode, ans.FallbackReason)
		}
		if !strings.Contains(ans.Text, "31") {
			t.Errorf("extractive answer %q lacks the toll", ans.Text)
		}
	})
}
