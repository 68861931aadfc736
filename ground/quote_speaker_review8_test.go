package ground

import "testing"

// Who said a quotation is read in the sentences beside it in the whole
// passage: up to two before ("Maria Lopez waited ... She had not heard ...
// "They tell us nothing," she said"), and in the quote's own sentence when
// it opens it. Only a capitalised word of the claim is taken for the
// speaker: the claim's other words from two sentences off ("weeping
// outside the prison gate") are still not the quoted sentence's.
func TestQuotationSpeakerEdgesReview8(t *testing.T) {
	const twoBefore = "Maria Lopez waited at the gate. She had not heard from her son since Friday. \"They tell us nothing,\" she said.\n"
	const wept = "Maria Lopez wept outside the prison gate. She had not heard from her son. \"They tell us nothing,\" she said.\n"
	runEdgeCases(t, []edgeCase{
		{"speaker two sentences before", twoBefore, `Lopez said "They tell us nothing" [1: "They tell us nothing"].`, ""},
		{"a quote opening its sentence", "Union president Ana Ruiz spoke outside the gate. We want to go home alive, she said.\n", `Ruiz said "We want to go home alive" [1: "We want to go home alive"].`, ""},
		{"lower-case words from two sentences off", wept, `Lopez said, weeping outside the prison gate: "They tell us nothing" [1: "They tell us nothing"].`, "are not in passage 1"},
	})
}

// "According to X, Y, ..." reads a name in apposition of up to four words
// ("Maria Fernanda Quiroz"); the speaker of "X of Y" is X, also when X is
// the first word ("Relatives of the inmates" are not the inmates).
func TestAccordingToEdgesReview8(t *testing.T) {
	runEdgeCases(t, []edgeCase{
		{"a three-word name in apposition", "Maria Fernanda Quiroz said her son is serving a sentence for robbery.\n", "According to his mother, Maria Fernanda Quiroz, her son is serving a sentence for robbery [1].", ""},
		{"X of Y, X first", "The inmates said the guards fled the prison.\n", "Relatives of the inmates said the guards fled the prison [1].", `"relatives" said is said by another`},
		{"X of Y, the passage's", "Relatives of the inmates said the guards fled the prison.\n", "Relatives of the inmates said the guards fled the prison [1].", ""},
	})
}

// A singular "passage 1" still takes a list joined by "and" or "or":
// "Passage 1 and 3 say" cites, the 3 is no number of the claim's.
func TestSingularPassageListEdgesReview8(t *testing.T) {
	const p = "In Esmeraldas, 15 prison guards were held hostage at a local jail.\n"
	runEdgeCases(t, []edgeCase{
		{"and", p, "Passage 1 and 3 say 15 prison guards were held hostage at a local jail in Esmeraldas [1].", ""},
		{"or", p, "Passage 1 or 4 says 15 prison guards were held hostage at a local jail in Esmeraldas [1].", ""},
	})
}
