package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/storybot-dev/storybot/bot"
	"github.com/storybot-dev/storybot/llm/llmtest"
)

// A model server that can't embed the corpus. One that
// fails: ask still answers (searching with the local embedder), index
// exits 1. One that never answers: ask is bounded by llm.start_timeout,
// says what it waits for, and answers without the model.
func TestModelCantEmbedTheCorpus(t *testing.T) {
	srv := llmtest.New("The toll rose to 31 [1].")
	defer srv.Close()
	vars := map[string]string{"OPENAI_BASE_URL": srv.BaseURL(), "OPENAI_API_KEY": "x"}
	data := t.TempDir()

	srv.EmbedFaults(llmtest.WrongShape) // the corpus can't be embedded; queries can
	code, stdout, stderr := cliEnv(t, vars, "", withData(t, data, "ask", "--json", "How many people died?")...)
	if code != exitOK {
		t.Fatalf("ask with the corpus unembeddable: exit %d; %s", code, stderr)
	}
	if !strings.Contains(stderr, "using the local hash embedder") {
		t.Errorf("no warning about the local embedder: %s", stderr)
	}
	var a bot.Answer
	if err := json.Unmarshal([]byte(stdout), &a); err != nil || len(a.Passages) == 0 {
		t.Fatalf("no answer with passages: %v %s", err, stdout)
	}
	if _, err := os.Stat(filepath.Join(data, "index.snap")); err == nil {
		t.Error("the local embedder's index was saved over the model's")
	}
	srv.EmbedFaults(llmtest.WrongShape)
	if code, _, stderr := cliEnv(t, vars, "", withData(t, data, "index")...); code != exitFail || !strings.Contains(stderr, "couldn't build index") {
		t.Errorf("index with the corpus unembeddable: exit %d, %q", code, stderr)
	}

	// A server that takes connections and never answers.
	srv.AlwaysFail(llmtest.Slow)
	file := writeFile(t, "[llm]\nstart_timeout = \"1s\"\n")
	before, _, chatsBefore := srv.Counts()
	code, stdout, stderr = cliNotice(t, 100*time.Millisecond, vars, "", withData(t, t.TempDir(), "ask", "--json", "--config", file, "How many people died?")...)
	if code != exitOK {
		t.Fatalf("ask with a silent server: exit %d; %s", code, stderr)
	}
	// Bounded by llm.start_timeout: one probe, then nothing more is asked
	// of the server (not embed_timeout per batch and retries, not the
	// answer's llm.timeout).
	if after, _, chats := srv.Counts(); after-before != 1 || chats != chatsBefore {
		t.Errorf("%d embedding and %d chat requests to a silent server; want the one probe", after-before, chats-chatsBefore)
	}
	if !strings.Contains(stderr, "storybot: waiting for the model server at "+strings.TrimPrefix(srv.URL, "http://")+" to embed the corpus") {
		t.Errorf("ask did not say what it waits for: %s", stderr)
	}
	a = bot.Answer{}
	if err := json.Unmarshal([]byte(stdout), &a); err != nil {
		t.Fatal(err)
	}
	if a.Mode != bot.ModeExtractive || !strings.Contains(a.FallbackReason, "did not answer at start") || !strings.Contains(a.Text, "31") {
		t.Errorf("answer %+v; want the extractive answer saying the server did not answer", a)
	}
}

// While the model writes the answer, ask and chat say what they wait for.
func TestSaysWhatItWaitsFor(t *testing.T) {
	for _, cmd := range []string{"ask", "chat"} {
		t.Run(cmd, func(t *testing.T) {
			srv := llmtest.New("The toll rose to 31 [1].")
			defer srv.Close()
			srv.ChatFaults(llmtest.Slow)
			vars := map[string]string{"OPENAI_BASE_URL": srv.BaseURL(), "OPENAI_API_KEY": "x"}
			args := withData(t, t.TempDir(), cmd, "--config", writeFile(t, "[llm]\ntimeout = \"1s\"\n"))
			stdin := ""
			if cmd == "ask" {
				args = append(args, "How many people died?")
			} else {
				stdin = "How many people died?\n"
			}
			code, _, stderr := cliNotice(t, 50*time.Millisecond, vars, stdin, args...)
			if code != exitOK || !strings.Contains(stderr, "storybot: waiting for the model at "+strings.TrimPrefix(srv.URL, "http://")+" to write the answer (up to 1s") {
				t.Errorf("exit %d, stderr %q", code, stderr)
			}
		})
	}
}
