package extract

import (
	"os"
	"strings"
	"testing"
)

// A question that asks no kind of answer ("what'd they find inside the
// place") is answered in a one-story corpus (the seed) by a sentence
// holding all of it itself; its score alone (0.42) only hedged. Not in a
// corpus of several stories, and not when it asks whether the story says
// something ("do they say the names of any of the guys who got killed":
// the toll sentence holds "killed" but names no one).
func TestOneStoryGeneralQuestion(t *testing.T) {
	seed, err := os.ReadFile("../testdata/news/000_ed2ba48890825abd.txt")
	if err != nil {
		t.Fatal(err)
	}
	ask := func(stories map[string]string, q string) *Answer { return askOf(t, stories, q) }
	answered := func(a *Answer) bool { return !a.Abstained && !strings.HasPrefix(a.Text, Hedge) }
	one := map[string]string{"000.txt": string(seed)}
	const q = "what'd they find inside the place"
	if a := ask(one, q); !answered(a) || !strings.Contains(a.Text, "automatic weapons") {
		t.Errorf("the seed alone, %q: %q, want the weapons answered", q, a.Text)
	}
	several := map[string]string{"000.txt": string(seed),
		"b.txt": "Floods hit the coast.\n\nRescuers searched houses along the river on Sunday.",
		"c.txt": "Markets fell.\n\nTraders said prices would recover."}
	if a := ask(several, q); answered(a) {
		t.Errorf("three stories, %q: %q answered; want the score alone to decide (a hedge)", q, a.Text)
	}
	if a := ask(one, "do they say the names of any of the guys who got killed"); answered(a) {
		t.Errorf("a does-it-say question answered: %q", a.Text)
	}
}
