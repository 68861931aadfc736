package extract

import (
	"os"
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/question"
)

// A question that asks no kind of answer ("what'd they find inside the
// place") is answered in a one-story corpus (the seed) by a sentence
// holding all of it itself, whatever its score (over the floor). Not in a
// corpus of several stories, where the score alone decides: the test sets
// the threshold at 0.7, over the score of either reading (0.42 at the
// default weights), so that the rule, not where the score falls, decides
// (a refit tried in the thirty-first session put the three-story score at
// 0.53). Nor when it asks whether the story says something ("do they say
// the names of any of the guys who got killed": the toll sentence holds
// "killed" but names no one).
func TestOneStoryGeneralQuestion(t *testing.T) {
	seed, err := os.ReadFile("../testdata/news/000_ed2ba48890825abd.txt")
	if err != nil {
		t.Fatal(err)
	}
	ask := func(stories map[string]string, q string) *Answer {
		ix := edgeIndex(t, stories)
		var rd question.Reader
		a := &Answer{Passages: passagesOf(t, ix, q)}
		(&Answerer{Threshold: 0.7, Floor: DefaultFloor}).Answer(ix, rd.Vocabulary(ix), q, "", a)
		return a
	}
	answered := func(a *Answer) bool { return !a.Abstained && !strings.HasPrefix(a.Text, Hedge) }
	one := map[string]string{"000.txt": string(seed)}
	const q = "what'd they find inside the place"
	a := ask(one, q)
	if !answered(a) || !strings.Contains(a.Text, "automatic weapons") {
		t.Errorf("the seed alone, %q: %q, want the weapons answered", q, a.Text)
	}
	if s := a.Answerability.Score; s < 0.7 {
		t.Errorf("the seed alone, %q: score %.3f, want it raised to the threshold", q, s)
	}
	several := map[string]string{"000.txt": string(seed),
		"b.txt": "Floods hit the coast.\n\nRescuers searched houses along the river on Sunday.",
		"c.txt": "Markets fell.\n\nTraders said prices would recover."}
	if a := ask(several, q); answered(a) {
		t.Errorf("three stories, %q: %q answered (score %.3f); want the score alone to decide (a hedge under 0.7)", q, a.Text, a.Answerability.Score)
	}
	if a := ask(one, "do they say the names of any of the guys who got killed"); answered(a) {
		t.Errorf("a does-it-say question answered: %q", a.Text)
	}
}
