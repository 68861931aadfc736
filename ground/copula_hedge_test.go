package ground

import "testing"

// "The death toll may be 31" supposes a value the passage states: the
// hedge is the claim's, not the passage's. Stated plainly it passes, and a
// passage that hedges it too ("could be 31") holds the hedge.
func TestHedgedValueOfAStatedFact(t *testing.T) {
	runEdgeCases(t, []edgeCase{
		{"may be", "Ecuador's attorney general on Tuesday raised the death toll from the violence from 18 to 31.", "The death toll may be 31 [1].", `only supposes it ("may")`},
		{"stated", "Ecuador's attorney general on Tuesday raised the death toll from the violence from 18 to 31.", "The death toll is 31 [1].", ""},
		{"hedged too", "Officials said the death toll could be 31.", "The death toll may be 31 [1].", ""},
	})
}
