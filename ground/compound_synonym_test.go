package ground

import "testing"

// A noun of two words the passage holds as WordNet's other words for it
// ("petrol bomb" of "Molotov cocktail") is its paraphrase; a noun of two
// words it does not hold is not.
func TestCompoundSynonymHeld(t *testing.T) {
	const p = "The attorney general's office said that one civilian was hurt in a Molotov cocktail attack on its office.\n"
	runEdgeCases(t, []edgeCase{
		{"petrol bomb", p, "A petrol bomb attack on the attorney general's office hurt one civilian [1].", ""},
		{"petrol bomb, a short claim", p, "A petrol bomb hurt one civilian [1].", ""},
		{"a compound's own word is no other word for it", "Violence has surged, claiming the lives of hundreds of prisoners. The gang leader was convicted.\n", "The gang leader was convicted and given a life sentence [1].", "sentence"},
		{"car bomb", p, "A car bomb attack on the attorney general's office hurt one civilian [1].", "bomb"},
	})
}
