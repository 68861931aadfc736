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
