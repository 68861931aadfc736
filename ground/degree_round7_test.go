package ground

import "testing"

// A harm graded more strongly than the passage grades it ("critically
// injured" for "hurt") says more than it; a passage grading it at all
// allows a paraphrase ("badly" for "seriously"), and a severity word
// grading no harm ("a serious concern") is left alone.
func TestDegreeOfHarmRaised(t *testing.T) {
	const p = "One civilian was hurt in a Molotov cocktail attack on the office. Two guards were seriously injured. Officials called the attack a serious concern.\n"
	const q = "One civilian was hurt in a Molotov cocktail attack on the office.\n"
	runEdgeCases(t, []edgeCase{
		{"critically injured for hurt", q, "One civilian was critically injured in a Molotov cocktail attack on the office [1].", `degree: the claim says "critically"`},
		{"hurt", q, "One civilian was injured in a Molotov cocktail attack on the office [1].", ""},
		{"badly for seriously", p, "Two guards were badly injured [1].", ""},
		{"no harm graded", p, "Officials called the attack a serious concern [1].", ""},
	})
}
