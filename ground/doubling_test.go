package ground

import "testing"

// "Doubling" compares as "doubled" does: the passage must say it (or one
// of its kind); "from 18 to 31" is no doubling.
func TestDoublingIsAComparison(t *testing.T) {
	runEdgeCases(t, []edgeCase{
		{name: "doubling unsaid", passage: "The attorney general raised the death toll from 18 to 31.",
			claim: "The attorney general raised the death toll from 18 to 31, more than doubling the earlier figure [1].", want: "comparison"},
		// review: "doubling down" is an idiom
		{name: "doubling down", passage: "Lasso vowed on Monday to press ahead with his security policy.",
			claim: "Lasso is doubling down on his security policy [1]."},
		{name: "doubled said", passage: "The attorney general raised the death toll from 15 to 31, more than double the earlier figure, and the toll doubled in a day.",
			claim: "The death toll was doubling in a day [1]."},
	})
}
