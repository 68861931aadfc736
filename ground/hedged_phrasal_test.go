package ground

import "testing"

// A passage's hedged phrasal verb ("seemed to set off violence") covers
// the claim's single word for it (WordNet's "start", "trigger"): stated
// flat, the claim drops the hedge; hedged too, it keeps it.
func TestHedgedPhrasalVerb(t *testing.T) {
	const p = "The operation came after the government announced a 60-day state of emergency for the country's prisons. That declaration seemed to set off violence in the city of Esmeraldas."
	runEdgeCases(t, []edgeCase{
		{"flat", p, "The declaration started the violence [1].", `modality: the passage hedges "set off violence"`},
		{"hedged", p, "The declaration seemed to start the violence [1].", ""},
	})
}
