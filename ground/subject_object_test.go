package ground

import (
	"strings"
	"testing"
)

// Who did what, for a common-noun subject: an adverb between the subject
// and its verb ("also") hides neither; and a verb no cited sentence holds
// ("arranged extra buses") is placed by what it is done to, two of its
// words in another's sentence. The subject's own deed in other words
// passes.
func TestSubjectDeedAdverbAndObject(t *testing.T) {
	// (the council's buses told as run, not planned: a plan told as done
	// is the plan rule's, which would decide first)
	const p = "Volunteers from a local church handed out water, bread and blankets to about 200 families. A spokesperson for the Guayaquil city council said extra buses ran until midnight to take families home."
	runEdgeCases(t, []edgeCase{
		{name: "also", passage: p, claim: "The church volunteers also ran extra buses until midnight [1].", want: `who: the passage says "ran" of others`},
		{name: "an unheld verb placed by its object", passage: p, claim: "The church volunteers arranged extra buses until midnight [1].", want: `who: the passage says "arranged" of others`},
		{name: "their own deed, other words", passage: p, claim: "The church volunteers distributed water and bread to families [1]."},
		{name: "one word of an object", passage: p, claim: "The church volunteers arranged buses [1]."},
	})
	// one word of a two-word object in another's sentence places nothing
	// (the words rule may still drop the claim)
	if got := edgeReason(t, p, "What happened?", "The church volunteers arranged extra meals [1]."); strings.HasPrefix(got, "who") {
		t.Errorf("one shared word of the object gave the deed to another: %q", got)
	}
}
