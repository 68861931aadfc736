package ground

import "testing"

// The frame of a reported clause ("Rodriguez acknowledged that ...") is who
// said it, not what was said: a denial after it is read against the
// sentence stating the clause, though that sentence doesn't name him.
func TestDenialAfterAReportFrame(t *testing.T) {
	const p = "General director Guillermo Rodriguez, saying:\n\n\"This operation has been decisive, complied with human rights, and shown how prepared our police are.\"\n"
	runEdgeCases(t, []edgeCase{
		{"the framed clause denies the quote", p, "Rodriguez said that the operation had not fully complied with human rights [1].", `negation: the claim denies "comp"`},
		{"the framed clause states it", p, "Rodriguez said that the operation had fully complied with human rights [1].", ""},
	})
}
