package ground

import "testing"

// A change's direction is kept: "revised downward" or "lowered" where
// the passage "raised" a figure is the opposite; "revised upward" and
// "raised" are not.
func TestDirectionOfAChange(t *testing.T) {
	const p = "The attorney general on Tuesday raised the death toll from the violence from 18 to 31.\n"
	runEdgeCases(t, []edgeCase{
		{"downward for raised", p, "On Tuesday the attorney general revised the death toll downward [1].", `opposite: the claim says "downward"`},
		{"lowered for raised", p, "On Tuesday the attorney general lowered the death toll [1].", `opposite: the claim says "lowered"`},
		{"upward for raised", p, "On Tuesday the attorney general revised the death toll upward, to 31 [1].", ""},
		{"raised", p, "On Tuesday the attorney general raised the death toll to 31 [1].", ""},
	})
}
