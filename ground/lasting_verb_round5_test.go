package ground

import "testing"

// "went on for", "ran for" before a length of time say "lasted": the unit
// within four words after "for" makes it one; a fifth word on, the verb
// is read as written.
func TestGoingOnForIsLasting(t *testing.T) {
	const p = "A previous strike at the port lasted eleven long hard days.\n"
	runEdgeCases(t, []edgeCase{
		{"lasted", p, "It lasted eleven long hard days [1].", ""},
		{"went on for", p, "It went on for eleven long hard days [1].", ""},
		{"ran for", p, "It ran for eleven long hard days [1].", ""},
		{"unit fourth word", p, "It went on for about eleven full days [1].", ""},
		{"unit fifth word", p, "It went on for about eleven or so days [1].", `words "went" are not`},
		{"no unit", p, "It went on for eleven strikes [1].", `words "went" are not`},
	})
}
