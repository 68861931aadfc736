package ground

import "testing"

// A claim quoting its quoted sentence word for word may take the day of
// the sentence beside it with two words of its own; a quotation of a
// word or two is a label, not the sentence, and ties nothing.
func TestQuotationTieEdges(t *testing.T) {
	const p = "Maria Quiroz said she had not heard from her son since Friday.\n\n\"They tell us nothing. We read the lists and pray,\" she said."
	const short = "Maria Quiroz said she had not heard from her son since Friday.\n\n\"Nothing. We read the lists and pray,\" she said."
	runR7(t, []r7Case{
		{name: "two words of its own", passages: []string{p}, claim: `She had no news since Friday: "They tell us nothing." [1: "They tell us nothing."]`, want: ""},
		{name: "a one-word quotation", passages: []string{short}, claim: `She has had no news of her son since Friday and said: "Nothing." [1: "Nothing."]`, want: `date "friday"`},
	})
}
