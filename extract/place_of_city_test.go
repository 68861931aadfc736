package extract

import "testing"

// "What city was the mayor from" is answered by the city named right after
// the mayor with "of the city of" ("the mayor of the city of Manta"), as
// by "in the city of"; "of" before a plain name is no place of the thing.
func TestPlaceAfterThingOfTheCityOf(t *testing.T) {
	keys := []keyTerm{{term: "mayor", weight: 1, known: true}}
	for txt, want := range map[string]bool{
		"after the mayor of the city of Manta was shot dead on Sunday.": true,
		"after the mayor in the city of Manta was shot dead.":           true,
		"after the mayor of Manta's rival was shot dead.":               false,
		"after the mayor was shot dead in a town of the coast.":         false,
	} {
		if got := placeAfterThing(txt, keys); got != want {
			t.Errorf("placeAfterThing(%q) = %v, want %v", txt, got, want)
		}
	}
}
