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

// "The name of the prison authority" asks for the authority's name, not
// a prison's; "the name of the prison they retook" asks for the prison's.
func TestNameOfThePrisonItself(t *testing.T) {
	const snai = "Guillermo Rodriguez is the general director of Ecuador's prison authority, the SNAI."
	const litoral = "Using controlled detonations, they gained access to three cellblocks at the Penitenciaria del Litoral in the city of Guayaquil."
	q := "what is the name of the prison authority"
	if k := Classify(q); !k.InAnswer(snai, q) {
		t.Errorf("%q (%v): the SNAI sentence is no answer", q, k)
	}
	for _, q := range []string{"what is the name of the prison they retook", "what's the name of the prison?", "name of the jail", "what is the name of the prison from where he gave orders"} {
		if k := Classify(q); k.InAnswer(snai, q) || !k.InAnswer(litoral, q) {
			t.Errorf("%q (%v): InAnswer(snai) = %v, InAnswer(litoral) = %v; want false, true", q, k, k.InAnswer(snai, q), k.InAnswer(litoral, q))
		}
	}
}

// The prison's name asked as people type it: without a verb ("what the
// prison name", read from "wat the prison name ah"), with "called what"
// at the end, without an article ("name of prison?"), or as a bare
// possessive ("the jail's name"). Each wants the prison's name, not the
// prison authority's sentence.
func TestPrisonNameAsTyped(t *testing.T) {
	const snai = "Guillermo Rodriguez is the general director of Ecuador's prison authority, the SNAI."
	const litoral = "Using controlled detonations, they gained access to three cellblocks at the Penitenciaria del Litoral in the city of Guayaquil."
	for _, q := range []string{"what the prison name", "what is the jail name", "the jail itself is called what", "the prison is called what", "name of prison?", "the jail's name", "prison name", "what is the jail name they retook", "what the name of prison in guayaquil", "what the prison name in guayaquil"} {
		k := Classify(q)
		if k != Name || k.InAnswer(snai, q) || !k.InAnswer(litoral, q) {
			t.Errorf("%q: kind %v, InAnswer(snai) = %v, InAnswer(litoral) = %v; want name, false, true", q, k, k.InAnswer(snai, q), k.InAnswer(litoral, q))
		}
	}
	// Another thing's name is no prison's: the authority's name is in
	// the SNAI sentence, and a gang's or a director's "is called what"
	// asks for theirs, the prison only where they are.
	for _, q := range []string{"what is the prison authority called", "what the prison authority name", "the gang that runs the prison is called what", "the director of the prison is called what"} {
		if k := Classify(q); !k.InAnswer(snai, q) {
			t.Errorf("%q (%v): the SNAI sentence is no answer", q, k)
		}
	}
}
