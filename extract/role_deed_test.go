package extract

import (
	"os"
	"strings"
	"testing"
)

// "the attorney general who announced the new death toll" is the one who
// did that: an attorney general named for another deed in another story
// is not the answer; named for that deed, he is.
func TestRoleDeedPicksTheHolder(t *testing.T) {
	stories := map[string]string{}
	for _, f := range []string{"000_ed2ba48890825abd.txt", "006_d39a21039dde67f9.txt"} { // the seed; Peru's charges
		b, err := os.ReadFile("../testdata/news/" + f)
		if err != nil {
			t.Fatal(err)
		}
		stories[f] = string(b)
	}
	q := "Who's the attorney general who announced the new death toll? Need a name."
	if a := askOf(t, stories, q); !a.Abstained && !strings.HasPrefix(a.Text, "I couldn't find a direct answer") && strings.Contains(a.Text, "Soto Mejia") {
		t.Errorf("%q answered %q: Soto Mejia announced no toll", q, a.Text)
	}
	q = "what is the name of the attorney general who accused the former ministers"
	if a := askOf(t, stories, q); a.Abstained || !strings.Contains(a.Text, "Soto Mejia") || strings.HasPrefix(a.Text, "I couldn't") {
		t.Errorf("%q answered %q, want Ricardo Soto Mejia", q, a.Text)
	}
}
