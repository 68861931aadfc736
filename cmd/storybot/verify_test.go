package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log/slog"
	"strings"
	"testing"

	openai "github.com/sashabaranov/go-openai"
	"github.com/storybot-dev/storybot/bot"
	"github.com/storybot-dev/storybot/config"
	"github.com/storybot-dev/storybot/llm/llmtest"
	"github.com/storybot-dev/storybot/prompts"
)

// verifierReply labels every claim of a verifier's request: those holding
// refute contradicted, the others supported.
func verifierReply(req openai.ChatCompletionRequest, refute string) string {
	user := req.Messages[len(req.Messages)-1].Content
	var ls []string
	for i, part := range strings.Split(user, `<claim id="`)[1:] {
		label := prompts.LabelSupported
		if refute != "" && strings.Contains(part, refute) {
			label = prompts.LabelContradicted
		}
		ls = append(ls, fmt.Sprintf(`{"id": %d, "label": %q, "words": "from 18 to 31"}`, i+1, label))
	}
	return `{"claims": [` + strings.Join(ls, ", ") + `]}`
}

// answerReply answers like a good model: two claims quoting the passage
// with the death toll, which the check keeps.
func answerReply(req openai.ChatCompletionRequest) string {
	for _, m := range promptPassageRE.FindAllStringSubmatch(req.Messages[len(req.Messages)-1].Content, -1) {
		if strings.Contains(m[2], "from 18 to 31") {
			return `The attorney general raised the death toll [` + m[1] + `: "raised the death toll from the violence from 18 to 31"]. ` +
				`The toll rose from 18 to 31 [` + m[1] + `: "from 18 to 31"].`
		}
	}
	return "NOT_IN_PASSAGES"
}

// TestAskVerified: with llm.verify = "model", ask --json shows the
// verifier's cost beside the model's, on [llm]'s server with its key, or
// on a [verify] server of its own with VERIFY_API_KEY, which never gets
// OPENAI_API_KEY.
func TestAskVerified(t *testing.T) {
	srv := llmtest.New("")
	defer srv.Close()
	srv.SetReply(func(req openai.ChatCompletionRequest) string {
		if req.Messages[0].Content == prompts.VerifySystem() {
			return verifierReply(req, "attorney general")
		}
		return answerReply(req)
	})
	const mainKey, verifyKey = "sk-main-Zq81fKEYmain", "sk-verify-Zq81fKEYverify"
	vars := map[string]string{"OPENAI_BASE_URL": srv.BaseURL(), "OPENAI_API_KEY": mainKey, "STORYBOT_LLM_VERIFY": "model", "STORYBOT_LLM_STREAM": "false"}
	data := t.TempDir()
	ask := func(t *testing.T) (bot.Answer, map[string]any, string) {
		t.Helper()
		code, stdout, stderr := cliEnv(t, vars, "", withData(t, data, "ask", "--json", "How many people died in the prison violence?")...)
		if code != exitOK {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		var ans bot.Answer
		var raw map[string]any
		if err := json.Unmarshal([]byte(stdout), &ans); err != nil {
			t.Fatalf("bad JSON %q: %v", stdout, err)
		}
		json.Unmarshal([]byte(stdout), &raw)
		if strings.Contains(stdout+stderr, mainKey) || strings.Contains(stdout+stderr, verifyKey) {
			t.Errorf("a key was printed or logged:\n%s\n%s", stdout, stderr)
		}
		return ans, raw, stderr
	}

	ans, raw, _ := ask(t)
	if ans.Mode != bot.ModeLLM || ans.Text != "The toll rose from 18 to 31 [1]." {
		t.Fatalf("mode %s, text %q (fallback %q): want the refuted claim dropped", ans.Mode, ans.Text, ans.FallbackReason)
	}
	timings, _ := raw["timings"].(map[string]any)
	if _, ok := timings["verify_ms"]; !ok || raw["verify_usage"] == nil || raw["usage"] == nil {
		t.Errorf("ask --json lacks the verifier's cost: timings %v, usage %v, verify_usage %v", timings, raw["usage"], raw["verify_usage"])
	}
	if ans.Verification == nil || ans.Verification.Outcome != bot.VerifyOK {
		t.Errorf("verification %+v", ans.Verification)
	}

	t.Run("own server", func(t *testing.T) {
		vsrv := llmtest.New("")
		defer vsrv.Close()
		vsrv.SetReply(func(req openai.ChatCompletionRequest) string { return verifierReply(req, "") })
		vars["STORYBOT_VERIFY_BASE_URL"] = vsrv.BaseURL()
		vars["STORYBOT_VERIFY_MODEL"] = "judge"
		vars["VERIFY_API_KEY"] = verifyKey
		defer func() {
			delete(vars, "STORYBOT_VERIFY_BASE_URL")
			delete(vars, "STORYBOT_VERIFY_MODEL")
			delete(vars, "VERIFY_API_KEY")
		}()
		_, _, before := srv.Counts()
		ans, _, _ := ask(t)
		if len(ans.Citations) != 2 || ans.Verification == nil || ans.Verification.Outcome != bot.VerifyOK {
			t.Errorf("text %q, verification %+v", ans.Text, ans.Verification)
		}
		if _, _, after := srv.Counts(); after-before != 1 {
			t.Errorf("%d chat requests to [llm]'s server, want the answer's only", after-before)
		}
		reqs := vsrv.ChatRequests()
		if len(reqs) != 1 || reqs[0].Model != "judge" {
			t.Errorf("verifier requests %d, want one for judge", len(reqs))
		}
		for _, a := range vsrv.Authorizations() {
			if a != "Bearer "+verifyKey {
				t.Errorf("the verifier's server got authorization %q, want VERIFY_API_KEY's", a)
			}
		}
		for _, a := range srv.Authorizations() {
			if strings.Contains(a, verifyKey) {
				t.Error("[llm]'s server got VERIFY_API_KEY")
			}
		}
	})
	t.Run("own server without VERIFY_API_KEY", func(t *testing.T) {
		vsrv := llmtest.New("")
		defer vsrv.Close()
		vsrv.SetReply(func(req openai.ChatCompletionRequest) string { return verifierReply(req, "") })
		vars["STORYBOT_VERIFY_BASE_URL"] = vsrv.BaseURL()
		defer delete(vars, "STORYBOT_VERIFY_BASE_URL")
		if ans, _, _ := ask(t); ans.Verification == nil || ans.Verification.Outcome != bot.VerifyOK {
			t.Errorf("verification %+v", ans.Verification)
		}
		if auth := vsrv.Authorizations(); len(auth) != 1 || auth[0] != "" {
			t.Errorf("the verifier's own server got authorization %q, want none: OPENAI_API_KEY is [llm]'s server's", auth)
		}
	})
	t.Run("verifier failing", func(t *testing.T) {
		srv.SetReply(func(req openai.ChatCompletionRequest) string {
			if req.Messages[0].Content == prompts.VerifySystem() {
				return "Everything checks out."
			}
			return answerReply(req)
		})
		ans, _, stderr := ask(t)
		if ans.Mode != bot.ModeLLM || len(ans.Citations) != 2 || ans.Verification == nil || ans.Verification.Outcome != bot.VerifyFailed {
			t.Errorf("mode %s, text %q, verification %+v: want the checked answer", ans.Mode, ans.Text, ans.Verification)
		}
		if !strings.Contains(stderr, "verifier failed") {
			t.Errorf("the failure was not logged: %s", stderr)
		}
	})
}

// The verifier is wired when llm.verify = "model" and a model server is
// configured; its key is never logged; without a server, a warning says
// it does nothing.
func TestModelSelectionVerify(t *testing.T) {
	for _, tt := range []struct {
		name, base string
		env        map[string]string
		want       []string
	}{
		{"same server", "", map[string]string{"OPENAI_API_KEY": "sk-abcdef"}, []string{"answers verified by a model", "server=api.openai.com", "model=gpt-4o-mini", "timeout=5s"}},
		{"own server", "http://127.0.0.1:8081/v1", map[string]string{"OPENAI_API_KEY": "sk-abcdef", "VERIFY_API_KEY": "sk-verifykey"}, []string{"answers verified by a model", "server=127.0.0.1:8081"}},
		{"no model server", "", nil, []string{`llm.verify = \"model\" does nothing without a model server`}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := app{cfg: config.Default()}
			c.cfg.LLM.Verify, c.cfg.Verify.BaseURL = config.VerifyModel, tt.base
			var logs bytes.Buffer
			_, gen, err := c.model(&env{getenv: modelTestEnv(tt.env)}, slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug})))
			if err != nil {
				t.Fatal(err)
			}
			defer c.Close()
			if (gen != nil) != (tt.env != nil) || (tt.base != "") != (c.verifyLLM != nil) {
				t.Errorf("generator %v, verifier client %v", gen != nil, c.verifyLLM != nil)
			}
			for _, w := range tt.want {
				if !strings.Contains(logs.String(), w) {
					t.Errorf("logs lack %q:\n%s", w, logs.String())
				}
			}
			if strings.Contains(logs.String(), "sk-abcdef") || strings.Contains(logs.String(), "sk-verifykey") {
				t.Errorf("a key was logged: %s", logs.String())
			}
		})
	}
}
