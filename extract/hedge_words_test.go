package extract

import (
	"slices"
	"testing"

	"github.com/storybot-dev/storybot/text"
)

// Words that hedge a question's figure or say how near in time are no
// topic: "roughly", "supposed to", "right before all this". The same
// words as nouns or claims are: "human rights", "the right wing", "the
// supposedly reformed".
func TestHedgeWordsAreNoTopic(t *testing.T) {
	for _, c := range []struct {
		q, word string
		kept    bool
	}{
		{"so there was a state of emergency for the prisons right before all this, how long was it", "right", false},
		{"what happened right after the raid", "right", false},
		{"did the operation comply with human rights", "rights", true},
		{"which right wing candidate won", "right", true},
		{"roughly how many soldiers went in", "roughly", false},
		{"approximately how many died", "approximately", false},
		{"how long is the emergency supposed to last", "supposed", false},
		{"by what name were the supposedly reformed known", "supposedly", true},
	} {
		terms := review32Terms(t, c.q)
		if got := slices.Contains(terms, text.Stem(c.word)); got != c.kept {
			t.Errorf("keyTerms(%q) = %v: %q kept %v, want %v", c.q, terms, c.word, got, c.kept)
		}
	}
}

// The pronoun "one" stands for a thing said before ("this ecuador one",
// "the one in guayaquil", "which one"): no topic; the number ("one
// civilian") and "one of the most dangerous" are.
func TestPronounOneIsNoTopic(t *testing.T) {
	for _, c := range []struct {
		q    string
		kept bool
	}{
		{"what jail was it, this ecuador one", false},
		{"which prison is this one, what is the name", false},
		{"the one in guayaquil, how many died", false},
		{"there was hostages in an other city no? which one", false},
		{"who is the president down there the one doing all these emergencies", false},
		{"was the one killed in the attack a guard", false},
		{"the one guard hurt, where was he", true},
		{"one civilian was hurt where", true},
		{"is it one of the most dangerous", true},
		{"was only one guard hurt", true},
	} {
		terms := review32Terms(t, c.q)
		if got := slices.Contains(terms, "one"); got != c.kept {
			t.Errorf("keyTerms(%q) = %v: \"one\" kept %v, want %v", c.q, terms, got, c.kept)
		}
	}
}
