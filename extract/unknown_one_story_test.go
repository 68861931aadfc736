package extract

import (
	"os"
	"strings"
	"testing"
)

// A word no story uses weighs unknownShare of its IDF in a one-story
// corpus and all of it among several stories; a word the corpus knows
// through a synonym weighs as that synonym either way. On the seed, the
// chatty "feels like forever" no longer sinks the question it trails,
// while "who won the Super Bowl" is still refused.
func TestUnknownWordsInAOneStoryCorpus(t *testing.T) {
	one := edgeIndex(t, map[string]string{"a.txt": "Guards searched the cells.\n\nInmates were moved on Monday."})
	two := edgeIndex(t, map[string]string{"a.txt": "Guards searched the cells.\n\nInmates were moved on Monday.", "b.txt": "Floods hit the coast.\n\nMore."})
	if got, want := weight(one, "forev"), unknownShare*one.IDF("forev"); got != want {
		t.Errorf("one story: weight(forev) = %.3f, want %.3f", got, want)
	}
	if got, want := weight(two, "forev"), two.IDF("forev"); got != want {
		t.Errorf("two stories: weight(forev) = %.3f, want %.3f (the whole IDF)", got, want)
	}
	if unknownShare >= 1 || unknownShare <= 0 {
		t.Fatalf("unknownShare %.2f: an unknown word must weigh less, and still weigh", unknownShare)
	}
	seed, err := os.ReadFile("../testdata/news/000_ed2ba48890825abd.txt")
	if err != nil {
		t.Fatal(err)
	}
	stories := map[string]string{"000.txt": string(seed)}
	if a := askOf(t, stories, "since when has all this prison violence been going on, feels like forever"); a.Abstained || strings.HasPrefix(a.Text, Hedge) || !strings.Contains(a.Text, "2021") {
		t.Errorf("chatty question: %q, want the violence since 2021 answered", a.Text)
	}
	if a := askOf(t, stories, "who won the Super Bowl"); !a.Abstained {
		t.Errorf("who won the Super Bowl: %q, want refused", a.Text)
	}
}
