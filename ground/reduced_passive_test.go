package ground

import "testing"

// TestReducedPassiveAgent checks a participle's agent after its noun
// ("footage released by ..."): wrong where the sentence telling of the
// deed gives it an agent of its own that is none of the claim's words,
// right where that agent is the claim's, or where the sentence gives the
// deed no agent by "by".
func TestReducedPassiveAgent(t *testing.T) {
	const footage = "Footage released by Ecuadorian police showed automatic weapons and ammunition seized from inside the prison. Ecuador's attorney general on Tuesday raised the death toll from the violence from 18 to 31. The attorney general's office said on social media that one civilian was hurt."
	const statement = "A statement was issued on Tuesday. The ministry said the port would reopen on Friday."
	runEdgeCases(t, []edgeCase{
		{"another agent", footage, "Footage released by the attorney general's office showed automatic weapons and ammunition [1].", "who"},
		{"the sentence's agent", footage, "Footage released by Ecuadorian police showed automatic weapons and ammunition [1].", ""},
		{"the agent in other words", footage, "Footage released by the police showed automatic weapons and ammunition [1].", ""},
		{"no agent by by", statement, "A statement issued by the ministry on Tuesday said the port would reopen on Friday [1].", ""},
	})
}

// TestReducedPassiveNeedsANoun checks that a participle after a verb ("can
// be influenced by factors") is no participle after its noun: the
// reduced-passive reading leaves it alone.
func TestReducedPassiveNeedsANoun(t *testing.T) {
	const p = "Shop windows influence what consumers buy. What they buy also depends on the sex of the consumer and on the store attributes they value."
	runEdgeCases(t, []edgeCase{
		{"a verb's participle", p, "Shop windows influence what consumers buy, which can be influenced by factors such as the sex of the consumer [1].", ""},
	})
}
