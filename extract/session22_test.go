package extract

import (
	"slices"
	"testing"

	"github.com/storybot-dev/storybot/internal/testindex"
)

// Of a question for who gave a count, the verb of giving it is no topic:
// "who announced the number of dead" keeps "dead" and loses "announced".
// A count question keeps its verbs of saying ("how many candidates
// pledged reforms": the pledge is what is counted), and so does a
// question for who said something that is no count.
func TestCountGiverLosesItsVerb(t *testing.T) {
	ix := testindex.Seed(t)
	for q, want := range map[string]bool{
		"who announced the number of dead":           false,
		"how many candidates pledged prison reforms": true,
		"who announced the state of emergency":       true,
	} {
		verb := "pledg"
		if q[0] == 'w' {
			verb = "announc"
		}
		if got := slices.Contains(keyTermsOf(ix, q), verb); got != want {
			t.Errorf("%q: keys %v, hold %q = %v, want %v", q, keyTermsOf(ix, q), verb, got, want)
		}
	}
}

// A light verb with "in", "into" or "inside" in a question for how is
// "enter" ("how did they go inside": the way in); in a question for
// anything else it is left light ("how many soldiers went in" counts
// them; "why did the army go in" asks a cause).
func TestGoInsideIsEnter(t *testing.T) {
	ix := testindex.Seed(t)
	enter := "enter"
	for q, want := range map[string]bool{
		"how they go inside the prison the army": true,
		"how did the soldiers come in":           true,
		"how did they get into the cellblocks":   true,
		"how many soldiers went in":              false,
		"why did the army go in":                 false,
		"how did the soldiers go to the prison":  false,
	} {
		if got := slices.Contains(keyTermsOf(ix, q), enter); got != want {
			t.Errorf("%q: keys %v, hold %q = %v, want %v", q, keyTermsOf(ix, q), enter, got, want)
		}
	}
}

// A verb of trying or managing before "to" is no topic: "how did the
// officers manage to get inside" asks the getting in. Without "to" it is
// a verb of its own ("who manages the prison").
func TestTryVerbIsNoTopic(t *testing.T) {
	ix := testindex.News(t)
	for q, want := range map[string]bool{
		"How did the officers manage to get inside?": false,
		"did any inmates try to escape":              false,
		"will a court try the gang leaders":          true,
	} {
		keys := keyTermsOf(ix, q)
		got := slices.ContainsFunc(keys, func(k string) bool { return k == "manag" || k == "try" })
		if got != want {
			t.Errorf("%q: keys %v, hold the verb = %v, want %v", q, keys, got, want)
		}
	}
}
