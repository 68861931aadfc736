package ground

import "testing"

// What a claim says someone was sentenced, charged or arrested for is a
// detail set apart: a word of it must be the passages'.
func TestWhatSomeoneWasSentencedFor(t *testing.T) {
	const p = "Quiroz said she had not heard from her son, who is serving a sentence for armed robbery, since Friday.\n"
	runEdgeCases(t, []edgeCase{
		{"another offence", p, "Her son is serving a sentence for drug trafficking, Quiroz said [1].", `words "drug trafficking", a detail the claim sets apart`},
		{"the passage's offence, paraphrased", p, "Her son is serving a sentence for robbery with a weapon, Quiroz said [1].", ""},
	})
}
