package ground

import "testing"

// A claim that quotes its quoted sentence word for word ("… and said:
// "They tell us nothing."") says of that sentence only the quotation: its
// own words restate the sentence beside it, whose day it may take with
// two shared terms. Without that quotation, or from a sentence further
// away, the day is still missing.
func TestQuotationTiesTheNeighbour(t *testing.T) {
	const p = "Maria Quiroz said she had not heard from her son since Friday.\n\n\"They tell us nothing. We read the lists and pray,\" she said.\n"
	const far = "Maria Quiroz said she had not heard from her son since Friday.\n\nMany relatives spent the night on the pavement.\n\n\"They tell us nothing. We read the lists and pray,\" she said.\n"
	runEdgeCases(t, []edgeCase{
		{"the quotation and its neighbour", p, `She has had no news of her son since Friday and said: "They tell us nothing." [1: "They tell us nothing."]`, ""},
		{"no quotation of its own", p, `She has had no news of her son since Friday [1: "They tell us nothing."]`, `date "friday"`},
		{"the day two sentences away", far, `She has had no news of her son since Friday and said: "They tell us nothing." [1: "They tell us nothing."]`, `date "friday"`},
	})
}
