package ground

import "testing"

// A possessive's noun is a slot of its own: "the country's ports" where
// the passage says "the country's prisons" says something else of the same
// country. The passage's noun, or one the passage holds elsewhere, passes.
func TestPossessiveSlotSwap(t *testing.T) {
	const p = "The government announced a 60-day state of emergency for the country's prisons. The country's ports stayed open.\n"
	const only = "The government announced a 60-day state of emergency for the country's prisons.\n"
	runEdgeCases(t, []edgeCase{
		{"the passage's noun", only, "The government announced a 60-day state of emergency for the country's prisons [1].", ""},
		{"another noun", only, "The government announced a 60-day state of emergency for the country's ports [1].", `the claim says "ports" where passage 1 says "prisons"`},
		{"a noun the passage holds elsewhere", p, "The government announced a 60-day state of emergency for the country's ports [1].", ""},
	})
}
