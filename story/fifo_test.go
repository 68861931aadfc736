//go:build unix

package story_test

import (
	"bytes"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/storybot-dev/storybot/story"
)

// A FIFO named like a story would block a read forever: it is skipped
// with a warning, and the other stories load.
func TestLoadSkipsFIFO(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte("A story. It has two sentences."), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.txt"), 0o644); err != nil {
		t.Skipf("no FIFOs here: %v", err)
	}
	var logs bytes.Buffer
	stories, err := story.Load(os.DirFS(dir), slog.New(slog.NewTextHandler(&logs, nil)))
	if err != nil {
		t.Fatal(err)
	}
	if len(stories) != 1 || stories[0].Source != "a.txt" {
		t.Errorf("loaded %v, want only a.txt", stories)
	}
	if !strings.Contains(logs.String(), "pipe.txt") || !strings.Contains(logs.String(), "not a regular file") {
		t.Errorf("no warning naming the FIFO: %s", logs.String())
	}
}

// A long run of terminators with no space after it is not a sentence end
// anywhere inside it (and is scanned once, not once per character).
func TestLongRunOfTerminators(t *testing.T) {
	run := strings.Repeat("!?", 400) // under MaxSentenceBytes, so it stays whole
	text := "Start. " + run + "x end. \"Really?!?!\" he asked. Last one."
	got := story.Sentences(text, 0, len(text))
	want := []string{"Start.", run + "x end.", "\"Really?!?!\" he asked.", "Last one."}
	if len(got) != len(want) {
		t.Fatalf("%d sentences, want %d", len(got), len(want))
	}
	for i, sp := range got {
		if text[sp.Start:sp.End] != want[i] {
			t.Errorf("sentence %d = %.40q, want %.40q", i, text[sp.Start:sp.End], want[i])
		}
	}
}
