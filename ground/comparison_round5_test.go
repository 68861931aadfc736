package ground

import "testing"

// A comparison ("biggest", "doubled") must be the passage's, or one of
// its kind ("largest" for "biggest"); another comparison ("highest") is
// not enough.
func TestComparisonMustBeThePassages(t *testing.T) {
	runEdgeCases(t, []edgeCase{
		{"same word", "The union voted 1,214 to 96, the biggest turnout in its history.\n", "The union voted 1,214 to 96, the biggest turnout in its history [1].", ""},
		{"word of its kind", "The union voted 1,214 to 96, the largest turnout in its history.\n", "The union voted 1,214 to 96, the biggest turnout in its history [1].", ""},
		{"other comparison", "The union voted 1,214 to 96, the highest turnout in its history.\n", "The union voted 1,214 to 96, the biggest turnout in its history [1].", `comparison "biggest"`},
		{"cheapest is lowest", "Season tickets will cost £289, the cheapest in the league.\n", "Season tickets will cost £289, the lowest price in the league [1].", ""},
		{"doubled invented", "The attorney general raised the toll from 18 to 31.\n", "The attorney general doubled the toll, raising it from 18 to 31 [1].", `comparison "doubled"`},
	})
}
