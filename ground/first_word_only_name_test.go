package ground

import (
	"strings"
	"testing"
)

// A claim's first word that no dictionary and no passage holds can only be
// a name the model brought in ("Intriago was shot dead"); a dictionary
// word, a word before a number, and a Spanish answer's first word ("Dijo
// que ...": "que" is in the English list) are no such name.
func TestFirstWordOnlyAName(t *testing.T) {
	const p = "On Monday, President Guillermo Lasso declared a state of emergency after the mayor of the city of Manta was shot dead on Sunday. The attorney general raised the death toll from 18 to 31."
	runEdgeCases(t, []edgeCase{
		{name: "a name no passage holds", passage: p, claim: "Intriago was shot dead on Sunday [1].", want: `name "Intriago"`},
		{name: "a possessive", passage: p, claim: "Intriago's killing came on Sunday [1].", want: `name "Intriago"`},
		{name: "a name the passage holds", passage: p, claim: "Lasso declared a state of emergency on Monday [1]."},
		{name: "a dictionary word", passage: p, claim: "Gunmen shot dead the mayor of the city of Manta on Sunday [1]."},
		// review: a passage's name spelt otherwise is no new name; a
		// surname one letter from a dictionary word, one two letters from
		// a passage's common word, and one before a comma are
		{name: "another spelling", passage: "Russian missiles struck Kiev on Monday, killing 12 people, officials said.", claim: "Kyiv was struck by Russian missiles on Monday [1]."},
		{name: "near a dictionary word", passage: p, claim: "Merkel declared a state of emergency on Monday [1].", want: `name "Merkel"`},
		{name: "near a passage's common word", passage: p + " Nobody else was hurt.", claim: "Noboa declared a state of emergency on Monday [1].", want: `name "Noboa"`},
		{name: "before a comma", passage: p, claim: "Vergara, the union leader, said the mayor of Manta was shot dead on Sunday [1].", want: `name "Vergara"`},
	})
	for _, c := range []string{"Cifra anterior: 18 [1].", "Dijo que la cifra subió de 18 a 31 [1]."} {
		if got := edgeReason(t, p, "¿Cuántos muertos dejó la violencia en la cárcel de Guayaquil?", c); strings.Contains(got, "name") {
			t.Errorf("a Spanish answer's first word read as a name: %q: %q", c, got)
		}
	}
	for _, tc := range []struct {
		w, next string
		want    bool
	}{
		{"Intriago", "was", true}, {"Police", "said", false}, {"Hubo", "31", false}, {"Intriago", "Was", false}, {"Ab", "was", false},
	} {
		if got := firstWordName(tc.w, tc.next); got != tc.want {
			t.Errorf("firstWordName(%q, %q) = %v, want %v", tc.w, tc.next, got, tc.want)
		}
	}
}
