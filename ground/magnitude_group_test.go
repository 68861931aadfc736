package ground

import "testing"

// A magnitude stays with its group across a word on either side: the
// title's "thousands of heavily armed soldiers" gives no "thousands of
// rioting inmates"; "thousands of armed soldiers" and the passage's own
// group pass.
func TestMagnitudeBoundAcrossAModifier(t *testing.T) {
	const p = "Thousands of heavily armed soldiers and police officers try to retake a rioting prison in Ecuador. Using controlled detonations, they gained access to three cellblocks.\n"
	runEdgeCases(t, []edgeCase{
		{"a modifier before the claim's group", p, "Soldiers moved to retake the prison, where thousands of rioting inmates had taken over [1].", `number "thousands" is said of "soldiers" in the passage, not of "inmates"`},
		{"the passage's group, a modifier kept", p, "Thousands of armed soldiers moved to retake the prison [1].", ""},
		{"the passage's group as written", p, "Thousands of heavily armed soldiers tried to retake the prison [1].", ""},
	})
}
