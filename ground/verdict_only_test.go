package ground

import "testing"

// TestVerdictAndTalkOnly checks a reply's verdict on a yes-or-no
// question ("Partly.") as no fact, and "only" in what a named passage
// tells ("Passage 1 gives only the order of events") as restricting what
// the passage says; "only" in a claim about the world still needs the
// passage's word for it.
func TestVerdictAndTalkOnly(t *testing.T) {
	const p = "On Monday, President Guillermo Lasso declared a state of emergency in the city of Duran, after the mayor of the city of Manta was shot dead on Sunday. Police seized automatic weapons and ammunition."
	runEdgeCases(t, []edgeCase{
		{"a verdict", p, "Partly. Lasso declared the emergency on Monday after the mayor of Manta was shot dead on Sunday [1].", ""},
		{"only what a passage gives", p, "Passage 1 gives only the order of events: Lasso declared the emergency on Monday after the mayor of Manta was shot dead on Sunday [1].", ""},
		{"only what the world holds", p, "Police seized only automatic weapons [1].", `quantifier "only"`},
	})
}
