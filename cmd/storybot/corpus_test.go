package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/bot"
)

// A Markdown story's heading is
// its title and never the answer; a byte-order mark neither hides the
// dateline nor reaches an answer; a link to a story is not a second story;
// a file with NUL bytes is skipped.
func TestCorpusFilesEndToEnd(t *testing.T) {
	corpus, data := t.TempDir(), t.TempDir()
	write := func(name, body string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(corpus, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("ferry.md", "# Ferry runs aground near Tromsø\n\nThe coastal ferry Kong Harald ran aground near Tromsø on Monday night. All 80 passengers were taken off by rescue boats.\n")
	write("bom.txt", "\uFEFF date 2024-03-01 STORY: Floods closed the main road into Bergen on Friday.\n\nThe road reopened on Sunday after crews cleared mud.\n")
	write("nul.txt", "Secret\x00 binary text.")
	if err := os.Symlink("bom.txt", filepath.Join(corpus, "a_copy.txt")); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := cli(t, "", "ask", "--json", "Where is Tromso?", "--corpus", corpus, "--data", data)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var a bot.Answer
	if err := json.Unmarshal([]byte(stdout), &a); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(a.Text, "#") || len(a.Citations) == 0 || a.Citations[0].Title != "Ferry runs aground near Tromsø" {
		t.Errorf("answer %q with citations %+v: want a sentence of the story, titled by its heading", a.Text, a.Citations)
	}
	_, stdout, _ = cli(t, "", "ask", "--json", "What closed the main road into Bergen?", "--corpus", corpus, "--data", data)
	a = bot.Answer{}
	json.Unmarshal([]byte(stdout), &a)
	if strings.Contains(stdout, "\uFEFF") || strings.Contains(stdout, `\ufeff`) || len(a.Citations) == 0 ||
		a.Citations[0].Date != "2024-03-01" || a.Citations[0].Source != "bom.txt" {
		t.Errorf("the byte-order mark defeated the dateline or reached the answer: %s", stdout)
	}
	code, stdout, _ = cli(t, "", "index", "-v", "--corpus", corpus, "--data", data)
	if code != exitOK || !strings.Contains(stdout, "stories:  2") || !strings.Contains(stdout, "a_copy.txt: a link for bom.txt, already loaded") ||
		!strings.Contains(stdout, "nul.txt: file holds NUL bytes") {
		t.Errorf("index -v:\n%s", stdout)
	}
}
