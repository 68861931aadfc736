package question

import "testing"

// "What is the prison called" wants a prison's name: the sentence naming
// the prison authority ("Ecuador's prison authority, the SNAI") has a
// name next to "prison" but is no answer; "the Penitenciaria del
// Litoral" is.
func TestPrisonCalledWantsAPrisonsName(t *testing.T) {
	const snai = "Guillermo Rodriguez is the general director of Ecuador's prison authority, the SNAI."
	const litoral = "Using controlled detonations, they gained access to three cellblocks at the Penitenciaria del Litoral in the city of Guayaquil."
	for _, q := range []string{"what is the prison called", "what's the jail called", "what is the prison's name"} {
		k := Classify(q)
		if k.InAnswer(snai, q) || !k.InAnswer(litoral, q) {
			t.Errorf("%q (%v): InAnswer(snai) = %v, InAnswer(litoral) = %v; want false, true", q, k, k.InAnswer(snai, q), k.InAnswer(litoral, q))
		}
	}
}
