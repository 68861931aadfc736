package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/storybot-dev/storybot/bot"
	"github.com/storybot-dev/storybot/llm/llmtest"
)

// Chat answers /help and unknown
// /commands itself, /new confirms, /sources shows no "()" for a story
// without a date, and SIGINT during an answer cancels only that answer.
func TestChatCommandsAndInterrupt(t *testing.T) {
	corpus := t.TempDir()
	seed, _ := os.ReadFile(filepath.Join(corpusDir(t), seedFile))
	os.WriteFile(filepath.Join(corpus, seedFile), seed, 0o644)
	os.WriteFile(filepath.Join(corpus, "undated.txt"), []byte("A story with no dateline."), 0o644)
	srv := llmtest.New("The toll rose to 31 [1].")
	defer srv.Close()
	inR, inW := io.Pipe()
	sigs := make(chan os.Signal, 1)
	out := &syncBuffer{}
	e := &env{stdin: inR, stdout: out, stderr: io.Discard, signals: sigs,
		getenv: func(k string) string {
			return map[string]string{"OPENAI_BASE_URL": srv.BaseURL(), "OPENAI_API_KEY": "x"}[k]
		}}
	done := make(chan int)
	go func() {
		done <- runEnv(context.Background(), []string{"chat", "--corpus", corpus, "--data", t.TempDir()}, e)
	}()
	say := func(line, want string) string {
		t.Helper()
		n := out.Len()
		io.WriteString(inW, line+"\n")
		return out.waitFor(t, n, want)
	}
	if got := say("/help", "/sources"); strings.Contains(got, "stories don't say") {
		t.Errorf("/help was asked: %q", got)
	}
	say("/frobnicate", "unknown command /frobnicate; /help lists the commands")
	say("/new", "New conversation")
	if got := say("/sources", "undated.txt"); strings.Contains(got, "()") {
		t.Errorf("/sources shows () for a story without a date: %q", got)
	}
	if _, _, chats := srv.Counts(); chats != 0 {
		t.Errorf("%d questions reached the model; commands must not", chats)
	}
	srv.ChatFaults(llmtest.Slow)
	n := out.Len()
	io.WriteString(inW, "How many people died?\n")
	waitFor(t, func() bool { _, _, chats := srv.Counts(); return chats == 1 })
	sigs <- os.Interrupt
	out.waitFor(t, n, "(cancelled)")
	if got := say("How many people died?", "Sources:"); strings.Contains(got, "context canceled") {
		t.Errorf("the question after the interrupt failed: %q", got)
	}
	// SIGINT at the prompt ends chat, exit 0.
	time.Sleep(50 * time.Millisecond)
	sigs <- syscall.SIGINT
	select {
	case code := <-done:
		if code != exitOK {
			t.Errorf("exit %d after SIGINT at the prompt", code)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("chat did not end")
	}
}

// The stream printer prints each new part once; a final answer that
// replaces the streamed text is marked and printed whole.
func TestStreamPrinter(t *testing.T) {
	var b bytes.Buffer
	sp := &streamPrinter{w: &b}
	for _, p := range []string{"The toll", "The toll rose", "The toll rose", "Unrelated", "The toll rose to 31"} {
		sp.partial(p)
	}
	sp.finish(&bot.Answer{Text: "The toll rose to 31 [1]."})
	if got, want := b.String(), "The toll rose to 31 [1].\n"; got != want {
		t.Errorf("extended: %q, want %q", got, want)
	}
	b.Reset()
	sp = &streamPrinter{w: &b}
	sp.partial("Everyone knows 500 died")
	sp.finish(&bot.Answer{Text: "The toll rose to 31 [1].", FallbackReason: "unsupported claim"})
	if got := b.String(); !strings.HasPrefix(got, "Everyone knows 500 died\n(replaced by a checked answer)\nThe toll rose to 31 [1].\n(model answer unavailable: unsupported claim") {
		t.Errorf("replaced: %q", got)
	}
}
