package ground

import "testing"

// A denial reported after a verb of saying ("Quiroz said she had not
// heard from her son") is the reported clause's: a claim stating it with
// the clause's own subject ("she", or the name) states what the passage
// denies. Keeping the denial passes.
func TestReportedNegationIsTheClauses(t *testing.T) {
	const p = "Maria Fernanda Quiroz said she had not heard from her son, who is serving a sentence for robbery, since Friday.\n"
	runEdgeCases(t, []edgeCase{
		{"the pronoun's claim", p, "She has heard from her son since Friday [1].", `negation: the passage denies "heard son"`},
		{"the name's claim", p, "Quiroz heard from her son on Friday [1].", `negation: the passage denies "heard son"`},
		{"the denial kept", p, "She has not heard from her son since Friday [1].", ""},
		{"the denial kept, reported", p, "Quiroz said she had not heard from her son since Friday [1].", ""},
	})
}
