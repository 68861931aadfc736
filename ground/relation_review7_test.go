package ground

import "testing"

// The possessive decides the sex of a relation said from the other
// side: "her son" makes her a mother, "his son" makes him none.
func TestRelationKeepsItsSex(t *testing.T) {
	runR7(t, []r7Case{
		{name: "her son", passages: []string{"Maria Vera waited outside the prison on Monday. She has had no news of her son since Friday."}, claim: "Maria Vera is the mother of an inmate [1].", want: ""},
		{name: "his son", passages: []string{"Carlos Vera waited outside the prison on Monday. He has had no news of his son since Friday."}, claim: "Carlos Vera is the mother of an inmate [1].", want: "words"},
		{name: "his son, a mother", passages: []string{"Carlos Vera waited outside the prison on Monday. He has had no news of his son since Friday."}, claim: "Vera is a mother [1].", want: `words "mother"`},
	})
}
