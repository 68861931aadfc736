package question

import "testing"

// "Which prison" is answered by a prison's name, not by any place or
// person a sentence about prisons names.
func TestWhichPrisonNamed(t *testing.T) {
	for _, asked := range []string{"which prison was it tho", "what is the name of the jail the soldiers went into"} {
		kind := Classify(asked)
		for txt, want := range map[string]bool{
			"Using controlled detonations, they gained access to three cellblocks at the Penitenciaria del Litoral in the city of Guayaquil.": true,
			"About 11,000 troops entered the Los Samanes prison in the state of Aragua at dawn.":                                              true,
			"The violence broke out late on Sunday in Pavilion B of the Quito Norte detention center.":                                        true,
			"A fire at the Palogordo prison killed 17 inmates.":                                                                               true,
			"Guillermo Rodriguez is the general director of Ecuador’s prison authority, the SNAI.":                                            false,
			"The prison in Quito has seen less violence than the jails on the coast.":                                                         false,
			"This jail is the most dangerous in Ecuador, officials in Guayaquil said.":                                                        false,
		} {
			if got := kind.InAnswer(txt, asked); got != want {
				t.Errorf("%q (%v): InAnswer(%q) = %v, want %v", asked, kind, txt, got, want)
			}
		}
	}
	// Another place question keeps any place.
	if !Place.InAnswer("The prison in Quito has seen less violence.", "which city is the prison in") {
		t.Error("which city: a place after a preposition is no longer a place")
	}
}

// "Which detention center" asks for one by name too.
func TestWhichDetentionCenter(t *testing.T) {
	q := "which detention center did the riot happen in"
	if k := Wanted(q); k != Place {
		t.Fatalf("Wanted(%q) = %v, want Place", q, k)
	}
	if Place.InAnswer("The riot broke out in a detention center in the north.", q) {
		t.Error("an unnamed detention center answers which one")
	}
	if !Place.InAnswer("The violence broke out in Pavilion B of the Quito Norte detention center.", q) {
		t.Error("the Quito Norte detention center does not answer which one")
	}
}
