package ground

import "testing"

// A clause after the last marker saying what is not given ("but no names
// of the dead are given", three words between "no" and its verb) is talk
// of what the passages lack, not a fact the passages must hold. A clause
// adding a fact is still checked.
func TestAbsenceClauseAfterTheLastMarker(t *testing.T) {
	const p = "Relatives held handwritten lists of names outside the prison.\n"
	runEdgeCases(t, []edgeCase{
		{"no names given", p, `Relatives held handwritten lists of names [1: "held handwritten lists of names"], but no names of victims are given.`, ""},
		{"no figure given, three words", p, `Relatives held lists of names [1: "lists of names"], but no current wage figure is given.`, ""},
		{"a fact after the marker", p, `Relatives held handwritten lists of names [1: "held handwritten lists of names"], but guards tore the lists down.`, `a clause the claim adds after its last marker`},
		{"a denial of a fact after the marker", p, `Relatives held handwritten lists of names [1: "held handwritten lists of names"], but no guards were nearby.`, `negation`},
	})
}

// A clause after the last marker that gives a number computed from the
// passage's ("— a margin of 1,118 votes" of "voted 1,214 to 96") may name
// its arithmetic; with a number of no computation, the same words are the
// claim's own.
func TestComputedClauseAfterTheLastMarker(t *testing.T) {
	const p = "Members voted 1,214 to 96 in favour of the stoppage.\n"
	runEdgeCases(t, []edgeCase{
		{"a computed margin", p, `Members voted 1,214 to 96 in favour [1: "voted 1,214 to 96 in favour of the stoppage"] — a margin of 1,118 votes.`, ""},
		{"a margin of no number", p, `Members voted 1,214 to 96 in favour [1: "voted 1,214 to 96 in favour of the stoppage"] — a huge vote margin.`, "a clause the claim adds after its last marker"},
	})
}
