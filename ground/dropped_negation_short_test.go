package ground

import "testing"

// A claim citing a denying quote ("the government would not intervene")
// and denying nothing drops the denial when it says the quote's two words
// before the denial and then something else ("would step in to mediate"),
// though it shares only one content word; a claim keeping a denial, or
// sharing the word elsewhere, is left to the other rules.
func TestDroppedNegationShortQuote(t *testing.T) {
	two := []group{{quotes: []markQuote{{q: "the government would not intervene"}}}}
	early := []group{{quotes: []markQuote{{q: "no one was hurt"}}}}
	long := []group{{quotes: []markQuote{{q: "the government would not intervene in what he called a private dispute"}}}}
	for _, c := range []struct {
		claim  string
		groups []group
		want   bool
	}{
		{"Solis said the government would step in to mediate", two, true},
		{"Solis said the government would not step in", two, false},
		{"Solis said the government refused to step in", two, false},
		{"Solis said the government would step in to mediate", long, true},
		{"Solis said the dispute was private, speaking for the government", two, false}, // one shared word, said otherwise
		{"Solis said the government would", two, false},
		{"The government said the port would step in", two, false}, // "would" after another word
		{"A civilian was hurt", early, false},                      // no two words before the denial                                 // nothing after the words before the denial
	} {
		if got := droppedNegation(c.claim, c.groups) != ""; got != c.want {
			t.Errorf("droppedNegation(%q) = %v, want %v", c.claim, got, c.want)
		}
	}
}
