package ground

import "testing"

// "had not fully complied" denies that it complied, which the passage
// states: an adverb of degree after the negation is not what is denied.
// The speaker a long claim names before "acknowledged that" (a dozen
// words in) is who said it, not a term the passage's sentence must hold.
func TestNegationPastDegreeAndFrame(t *testing.T) {
	const p = `(SOUNDBITE) SNAI GENERAL DIRECTOR, GUILLERMO RODRIGUEZ, SAYING: "This operation has been decisive, complied with human rights, and shown how efficient and prepared our police and armed forces are. We have been working closely together as this is a national issue."`
	runEdgeCases(t, []edgeCase{
		{"not fully", p, "It had not fully complied with human rights [1].", `denies "comp"`},
		{"not always", p, "The operation has not always complied with human rights [1].", `denies "comp"`},
		{"far frame", p, "SNAI general director Guillermo Rodriguez described the operation as decisive, but acknowledged that it had not complied with human rights [1].", `denies "comp"`},
		// (said by its speaker: the soundbite stated as fact is another
		// matter, TestQuotedAsFact)
		{"faithful", p, "Rodriguez said the operation complied with human rights [1].", ""},
		{"faithful long", p, "SNAI general director Guillermo Rodriguez described the operation as decisive and said that it complied with human rights [1].", ""},
	})
}
