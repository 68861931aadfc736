package main

import (
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/storybot-dev/storybot/bot"
	"github.com/storybot-dev/storybot/llm/llmtest"
)

// startCLI runs storybot in process on its own goroutine with a signal
// channel, as main gives it SIGINT and SIGTERM; wait returns the exit code.
func startCLI(t *testing.T, vars map[string]string, stdin io.Reader, args ...string) (sigs chan os.Signal, stdout, stderr *syncBuffer, wait func() int) {
	t.Helper()
	sigs = make(chan os.Signal, 1)
	stdout, stderr = &syncBuffer{}, &syncBuffer{}
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr, signals: sigs, getenv: func(k string) string { return vars[k] }}
	done := make(chan int, 1)
	go func() { done <- runEnv(context.Background(), args, e) }()
	return sigs, stdout, stderr, func() int {
		t.Helper()
		select {
		case code := <-done:
			return code
		case <-time.After(20 * time.Second):
			t.Fatal("storybot did not end")
			return -1
		}
	}
}

// Ctrl-C while index embeds the corpus cancels it: exit 130, and the
// snapshot saved before is still there, unchanged.
func TestIndexCtrlCKeepsTheSnapshot(t *testing.T) {
	srv, vars, data, before := indexedWithModel(t)
	snap := filepath.Join(data, "index.snap")
	srv.AlwaysFail(llmtest.Slow) // embedding hangs until the request is cancelled
	sigs, stdout, stderr, wait := startCLI(t, vars, strings.NewReader(""), withData(t, data, "index", "--rebuild")...)
	waitFor(t, func() bool { calls, _, _ := srv.Counts(); return calls > 0 })
	sigs <- os.Interrupt
	if code := wait(); code != exitInterrupted {
		t.Errorf("exit %d after Ctrl-C, want %d; stderr %q", code, exitInterrupted, stderr.String())
	}
	if !strings.Contains(stderr.String(), "(cancelled)") || strings.Contains(stdout.String(), "index built") {
		t.Errorf("stdout %q, stderr %q; want (cancelled) and no index built", stdout.String(), stderr.String())
	}
	if after, err := os.Stat(snap); err != nil || !os.SameFile(before, after) {
		t.Errorf("the snapshot was replaced or removed: %v", err)
	}
}

// Ctrl-C while the model writes ask's answer: "(cancelled)", exit 130,
// and no warning that a malformed reply was replaced.
func TestAskCtrlCDuringTheAnswer(t *testing.T) {
	srv := llmtest.New("The toll rose to 31 [1].")
	defer srv.Close()
	vars := map[string]string{"OPENAI_BASE_URL": srv.BaseURL(), "OPENAI_API_KEY": "x"}
	srv.ChatFaults(llmtest.Slow)
	sigs, stdout, stderr, wait := startCLI(t, vars, strings.NewReader(""), withData(t, t.TempDir(), "ask", "How many people died?")...)
	waitFor(t, func() bool { _, _, chats := srv.Counts(); return chats > 0 })
	sigs <- os.Interrupt
	if code := wait(); code != exitInterrupted {
		t.Errorf("exit %d after Ctrl-C, want %d", code, exitInterrupted)
	}
	// bot logs the cancelled model call as a replaced answer; what comes
	// from here is that the model's reply was not called malformed.
	if got := stderr.String(); !strings.HasSuffix(got, "\n(cancelled)\n") && got != "(cancelled)\n" || strings.Contains(got, "malformed") {
		t.Errorf("stderr %q, want (cancelled) last and nothing malformed", got)
	}
	if stdout.String() != "" {
		t.Errorf("stdout %q after Ctrl-C", stdout.String())
	}
}

// A model server that refuses connections is reported as unreachable,
// not as one that did not answer within llm.start_timeout.
func TestRefusedModelServerIsUnreachable(t *testing.T) {
	url, err := llmtest.RefusedURL()
	if err != nil {
		t.Fatal(err)
	}
	vars := map[string]string{"OPENAI_BASE_URL": url, "OPENAI_API_KEY": "x"}
	code, stdout, stderr := cliEnv(t, vars, "", withData(t, t.TempDir(), "ask", "--json", "How many people died?")...)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var a bot.Answer
	if err := json.Unmarshal([]byte(stdout), &a); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.FallbackReason, "could not be reached") || strings.Contains(a.FallbackReason+stderr, "start_timeout") {
		t.Errorf("fallback_reason %q, stderr %q; want could not be reached, no start_timeout", a.FallbackReason, stderr)
	}
	code, _, stderr = cliEnv(t, vars, "", withData(t, t.TempDir(), "index")...)
	if code != exitFail || !strings.Contains(stderr, "could not be reached") || strings.Contains(stderr, "start_timeout") {
		t.Errorf("index: exit %d, stderr %q; want could not be reached, no start_timeout", code, stderr)
	}
}

func TestVersionFlag(t *testing.T) {
	for _, arg := range []string{"--version", "-version", "version"} {
		code, stdout, stderr := cli(t, "", arg)
		if code != exitOK || !strings.HasPrefix(stdout, "storybot ") || stderr != "" {
			t.Errorf("storybot %s: exit %d, stdout %q, stderr %q", arg, code, stdout, stderr)
		}
	}
}
