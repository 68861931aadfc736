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

// A verb of saying in a clause that sets the scene ("After the government
// announced a state of emergency, violence broke out ...") makes no
// speaker of the claim: its quoted evidence need not be the government's.
func TestNoSpeakerInASceneClause(t *testing.T) {
	const p = "The operation came after the government announced a 60-day state of emergency for the country's prisons. That declaration seemed to set off violence in the city of Esmeraldas, where 15 prison guards and 2 other staffers were held hostage at a local jail."
	runEdgeCases(t, []edgeCase{
		{"scene clause", p, `After the government announced a 60-day state of emergency, violence seemed to break out in Esmeraldas, where 15 prison guards and 2 other staffers were held hostage [1: "15 prison guards and 2 other staffers were held hostage at a local jail"].`, ""},
		{"speaker", p, `The government announced that 15 prison guards and 2 other staffers were held hostage [1: "15 prison guards and 2 other staffers were held hostage at a local jail"].`, `not attributed to "government"`},
	})
}
