package ground

import "testing"

// A hedge in the sentence a claim quotes is the model's own evidence
// hedging: the claim that states it as fact is read against that
// sentence, though another sentence (the one its "That declaration"
// refers back to) holds more of its words. Keeping the hedge passes, and
// a quote of a sentence that hedges nothing is no hedge dropped.
func TestQuotedSentenceHedgeStays(t *testing.T) {
	const p = "The operation came after the government announced a 60-day state of emergency for the country's prisons. That declaration seemed to set off violence in the city of Esmeraldas, where 15 prison guards were held hostage at a local jail."
	runEdgeCases(t, []edgeCase{
		{name: "hedge dropped", passage: p,
			claim: `The violence in Esmeraldas was set off by the government's announcement of a 60-day state of emergency for the country's prisons [1: "That declaration seemed to set off violence in the city of Esmeraldas"].`,
			want:  "modality"},
		{name: "hedge kept", passage: p,
			claim: `The violence in Esmeraldas seemed to be set off by the government's announcement of a 60-day state of emergency for the country's prisons [1: "That declaration seemed to set off violence in the city of Esmeraldas"].`},
		{name: "unhedged sentence quoted", passage: "The operation came after the government announced a 60-day state of emergency for the country's prisons. That declaration set off violence in the city of Esmeraldas, where 15 prison guards were held hostage at a local jail.",
			claim: `The violence in Esmeraldas was set off by the government's announcement of a 60-day state of emergency for the country's prisons [1: "That declaration set off violence in the city of Esmeraldas"].`},
	})
}
