package ground

import "testing"

// Who would (not) do a thing is read where the passage says it: "the
// company would not intervene" where the passage's "would not intervene"
// is the government's swaps the subject for another word of the sentence.
// The passage's own subject, a synonym of it, and a name (left to the
// other rules) pass.
func TestModalSubjectSwap(t *testing.T) {
	const p = "The minister said that the government would not intervene in a private dispute between a company and its workers.\n"
	runEdgeCases(t, []edgeCase{
		{"another subject", p, "The company would not intervene in the dispute [1].", "the passage says the government would not intervene, not the company"},
		{"reported", p, "He said the company would not intervene in the dispute [1].", "not the company"},
		{"the passage's subject", p, "The minister said the government would not intervene in the dispute [1].", ""},
		{"no auxiliary: another rule's", "The government plans talks with the company.\n", "The company plans talks with the government [1].", ""},
	})
}
