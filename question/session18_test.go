package question

import "testing"

// "The name of the prison itself" and "what is the prison itself called"
// ask which prison, as they do without "itself": the SNAI's sentence
// about the prison authority is no answer.
func TestPrisonItselfNamed(t *testing.T) {
	for _, asked := range []string{"What is the name of the prison itself?", "what is the jail itself called"} {
		kind := Classify(asked)
		if !kind.InAnswer("Using controlled detonations, they gained access to three cellblocks at the Penitenciaria del Litoral in the city of Guayaquil.", asked) {
			t.Errorf("%q (%v): the Litoral sentence is no answer", asked, kind)
		}
		if kind.InAnswer("Guillermo Rodriguez is the general director of Ecuador’s prison authority, the SNAI.", asked) {
			t.Errorf("%q (%v): the SNAI sentence answers which prison", asked, kind)
		}
	}
}
