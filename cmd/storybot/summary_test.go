package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/bot"
	"github.com/storybot-dev/storybot/extract"
)

func TestSummaryCommand(t *testing.T) {
	// The built-in story: the lead first, 2-4 sentences, each cited.
	code, out, errOut := cli(t, "", withData(t, t.TempDir(), "summary", "--json")...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var a bot.Answer
	if err := json.Unmarshal([]byte(out), &a); err != nil {
		t.Fatalf("bad JSON %q: %v", out, err)
	}
	if n := len(a.Citations); n < 2 || n > extract.MaxSummarySentences || !strings.HasPrefix(a.Citations[0].Quote, "This is the moment") {
		t.Fatalf("summary %q with %d citations: want the lead first and 2-%d sentences", a.Text, n, extract.MaxSummarySentences)
	}

	// Two stories and none named: a list; named: that story only.
	dir := t.TempDir()
	for name, text := range map[string]string{
		"a.txt": " date 2024-01-02 STORY: A ferry ran aground near Tromso on Monday.\n\nAll 40 passengers were taken ashore by lifeboats. The coast guard said the hull was damaged. Divers inspected the ship on Tuesday. The operator apologised to passengers.\n",
		"b.txt": " date 2024-02-03 STORY: Farmers blocked roads in Lyon to protest fuel prices.\n\nHundreds of tractors joined the protest. Police diverted traffic around the city. The farmers union said more protests would follow. The government promised talks.\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, out, errOut = cli(t, "", withData(t, t.TempDir(), "summary", "--corpus", dir)...)
	if code != 0 || !strings.HasPrefix(out, "Which story?") || !strings.Contains(out, "Tromso") || !strings.Contains(out, "Lyon") {
		t.Fatalf("exit %d, out %q, err %q: want a list of both stories", code, out, errOut)
	}
	code, out, errOut = cli(t, "", withData(t, t.TempDir(), "summary", "--corpus", dir, "farmers", "protest")...)
	if code != 0 || !strings.Contains(out, "Lyon") || strings.Contains(out, "Tromso") {
		t.Fatalf("exit %d, out %q, err %q: want the Lyon story only", code, out, errOut)
	}
}
