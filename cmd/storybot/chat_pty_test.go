//go:build linux

package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/storybot-dev/storybot/llm/llmtest"
)

// On a terminal, chat edits lines: arrows move the cursor, Ctrl-A and
// Ctrl-E go to the ends, Ctrl-W deletes a word, Up recalls the last
// question, and none of these keys ever reach a question as ^[[D or ^[[A.
func TestChatLineEditingOnATerminal(t *testing.T) {
	p := startOnPTY(t, nil, "chat", "--offline", "--corpus", corpusDir(t), "--data", t.TempDir())
	p.expect("> ")

	// "How many peopl died?", Left six times, "e": "How many people died?"
	p.send("How many peopl died?" + strings.Repeat("\x1b[D", 6) + "e\r")
	if out := p.expect("Sources:"); !strings.Contains(out, "31") {
		t.Errorf("the edited question was not answered with the toll:\n%q", out)
	}
	p.expect("> ")
	// Ctrl-A, then type at the start; Ctrl-E, then at the end; Ctrl-W drops "junk".
	p.send("many people died" + "\x01" + "How " + "\x05" + "? junk" + "\x17" + "\r")
	if out := p.expect("Sources:"); !strings.Contains(out, "31") {
		t.Errorf("the question edited with Ctrl-A/E/W was not answered:\n%q", out)
	}
	p.expect("> ")
	// Home and End as tmux and screen send them.
	p.send("many people died" + "\x1b[1~" + "How " + "\x1b[4~" + "?\r")
	if out := p.expect("Sources:"); !strings.Contains(out, "31") {
		t.Errorf("the question edited with Home and End was not answered:\n%q", out)
	}
	p.expect("> ")
	// Up recalls the last question.
	p.send("\x1b[A\r")
	if out := p.expect("Sources:"); !strings.Contains(out, "How many people died?") || !strings.Contains(out, "31") {
		t.Errorf("Up did not recall the last question:\n%q", out)
	}
	p.expect("> ")
	// /help and unknown commands are chat's, never questions; /new confirms.
	p.send("/help\r")
	p.expect("/sources")
	p.expect("> ")
	p.send("/sorces\r")
	p.expect("unknown command /sorces; /help lists the commands")
	p.expect("> ")
	p.send("/new\r")
	p.expect("New conversation")
	p.expect("> ")
	// Ctrl-D at an empty prompt ends chat with exit 0, on a fresh line.
	p.send("\x04")
	code, rest := p.wait()
	if code != 0 {
		t.Errorf("exit %d after Ctrl-D, want 0; output:\n%q", code, rest)
	}
	if !strings.HasSuffix(rest, "\n") {
		t.Errorf("chat did not end on a fresh line: %q", rest)
	}
	p.mu.Lock()
	all := p.out.String()
	p.mu.Unlock()
	for _, bad := range []string{"^[[", "The stories don't say", "unknown command /help"} {
		if strings.Contains(all, bad) {
			t.Errorf("output holds %q:\n%q", bad, all)
		}
	}
}

// Ctrl-C on a terminal: during an answer it cancels that answer and chat
// goes on (the next question is answered); with text at the prompt it
// drops the line; at an empty prompt it ends chat, exit 0, on a fresh line.
func TestChatCtrlCOnATerminal(t *testing.T) {
	srv := llmtest.New("The toll rose to 31 [1].")
	defer srv.Close()
	p := startOnPTY(t, []string{"OPENAI_BASE_URL=" + srv.BaseURL(), "OPENAI_API_KEY=x"},
		"chat", "--corpus", corpusDir(t), "--data", t.TempDir())
	p.expect("> ")
	srv.ChatFaults(llmtest.Slow) // the next answer never comes
	p.send("How many people died?\r")
	waitFor(t, func() bool { _, _, chats := srv.Counts(); return chats == 1 })
	p.send("\x03")
	p.expect("(cancelled)")
	p.expect("> ")
	p.send("How many people died?\r")
	if out := p.expect("\r\n> "); strings.Contains(out, "context canceled") || !strings.Contains(out, "31") {
		t.Errorf("the question after Ctrl-C was not answered:\n%q", out)
	}
	if _, _, chats := srv.Counts(); chats != 2 {
		t.Errorf("%d chat calls, want 2: the question after Ctrl-C goes to the model", chats)
	}
	// Ctrl-C with text typed drops it: nothing is asked.
	_, _, before := srv.Counts()
	p.send("half a question\x03")
	p.expect("> ")
	// Ctrl-C at the empty prompt ends chat.
	p.send("\x03")
	code, rest := p.wait()
	if code != 0 {
		t.Errorf("exit %d after Ctrl-C at the prompt, want 0; output:\n%q", code, rest)
	}
	if !strings.HasSuffix(rest, "\n") {
		t.Errorf("chat did not end on a fresh line: %q", rest)
	}
	if _, _, after := srv.Counts(); after != before {
		t.Errorf("the dropped line was asked (%d chat calls, want %d)", after, before)
	}
}

// With a terminal on stdin and no question, ask --json says how
// to use it instead of waiting in silence.
func TestAskJSONTerminalHint(t *testing.T) {
	master, slave := openPTY(t)
	defer master.Close()
	defer slave.Close()
	var out, errb bytes.Buffer
	done := make(chan int)
	go func() {
		done <- runEnv(context.Background(), withData(t, t.TempDir(), "ask", "--json"), &env{stdin: slave, stdout: &out, stderr: &errb, getenv: func(string) string { return "" }})
	}()
	master.WriteString("How many people died?\n\x04")
	select {
	case code := <-done:
		if code != exitOK || !strings.Contains(errb.String(), "reading questions from the terminal, one per line") || !strings.Contains(out.String(), "31") {
			t.Errorf("exit %d, stdout %q, stderr %q", code, out.String(), errb.String())
		}
	case <-time.After(20 * time.Second):
		t.Fatal("ask --json on a terminal did not end at Ctrl-D")
	}
}
