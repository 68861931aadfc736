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
		// review: a passage's name spelt otherwise, a typo of a dictionary
		// word and a word before a comma are no new name
		{name: "another spelling", passage: "Russian missiles struck Kiev on Monday, killing 12 people, officials said.", claim: "Kyiv was struck by Russian missiles on Monday [1]."},
		{name: "a typo", passage: p, claim: "Goverment officials said the mayor of the city of Manta was shot dead on Sunday [1]."},
		{name: "a word before a comma", passage: p, claim: "Pues, the mayor of the city of Manta was shot dead on Sunday [1]."},
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
