package ground

import "testing"

// "They report only that X" restricts what is told, not X: no "only"
// for the passage to hold. "Only" on the world's list still needs one.
func TestReportOnlyThat(t *testing.T) {
	const p = "Clashes between gangs began on Saturday. Police seized rifles, grenades and knives.\n"
	runEdgeCases(t, []edgeCase{
		{"report only that", p, "They report only that clashes between gangs began on Saturday [1].", ""},
		{"says only that", p, "The story says only that clashes between gangs began on Saturday [1].", ""},
		{"only on a list", p, "Police seized only rifles [1].", `quantifier "only"`},
	})
}
