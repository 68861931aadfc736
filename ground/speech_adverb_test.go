package ground

import "testing"

// An adverb between a speaker and the verb of saying ("Solis also said")
// leaves the speaker the claim gives: what another said in the passage is
// not his, what he said is; and after a source lead ("According to the
// passages, the prison authority said") the speaker is still read.
func TestSpeakerBeforeAnAdverb(t *testing.T) {
	const p = "Two workers were killed in separate accidents at the port in March, according to the union. Chile's transport minister, Ricardo Solis, said on Wednesday that the government would not intervene in what he called a private dispute."
	runEdgeCases(t, []edgeCase{
		{"also said, another's words", p, "Solis also said two workers had been killed in separate accidents at the port in March [1].", `"solis" said is said by another`},
		{"later told, another's words", p, "Solis later told reporters two workers had been killed in separate accidents at the port in March [1].", `"solis" said is said by another`},
		{"also said, the union's words", p, "The union also said two workers had been killed in separate accidents at the port in March [1].", ""},
		{"also said, his words", p, "Solis also said the government would not intervene [1].", ""},
		{"source lead", p, "According to the passages, Solis said two workers had been killed in separate accidents at the port in March [1].", `"solis" said is said by another`},
	})
}
