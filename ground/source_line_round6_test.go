package ground

import "testing"

// A last line that only cites may quote ("**Source:** [1: "…"]"): the
// lines above it cite those words, and are checked against the sentences
// they sit in.
func TestQuotingSourceLine(t *testing.T) {
	const p = "Police said 14 inmates had been taken to hospital. A spokesperson for the city council said extra buses would run until midnight to take families home.\n"
	runEdgeCases(t, []edgeCase{
		{"the quoted sentence's fact", p, "**Answer:** Extra buses until midnight.\n\n**Source:** [1: \"extra buses would run until midnight\"]", ""},
		{"another sentence's fact", p, "**Answer:** 14 inmates went to hospital.\n\n**Source:** [1: \"extra buses would run until midnight\"]", `number "14" is not in passage 1`},
		{"a quote not in the passage", p, "**Answer:** Extra buses until midnight.\n\n**Source:** [1: \"extra trains would run\"]", `is not in passage 1`},
	})
}
