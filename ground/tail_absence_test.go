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
