package ground

import (
	"strings"
	"testing"
)

// A quotation given to the claim's first word ("Rodriguez said ...") must
// be said near that name in the passage, as one given to a name later in
// the claim must (found by the mutation review: the first word was never
// read as a speaker).
func TestSpeakerAsTheClaimsFirstWord(t *testing.T) {
	const story = "President Lasso spoke on Tuesday. He said: \"We will not negotiate with the gangs.\" " +
		"The army retook the prison. Soldiers searched the cells. Families waited outside. " +
		"Guillermo Rodriguez heads the prison authority."
	for _, c := range []struct {
		claim string
		drop  bool
	}{
		{`Rodriguez said "We will not negotiate with the gangs" [1].`, true},
		{`Lasso said "We will not negotiate with the gangs" [1].`, false},
	} {
		v := verdictOn(t, story, c.claim)
		if dropped := len(v.Dropped) > 0; dropped != c.drop {
			t.Errorf("%q: dropped %v (%s), want %v", c.claim, dropped, droppedFor(v), c.drop)
		} else if c.drop && !strings.Contains(droppedFor(v), "not attributed") {
			t.Errorf("%q: dropped for %q, want the attribution", c.claim, droppedFor(v))
		}
	}
}
