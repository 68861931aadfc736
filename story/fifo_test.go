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
