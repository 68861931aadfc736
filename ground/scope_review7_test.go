package ground

import "testing"

// A hundred countries or more tell the world's reach, not the nation's:
// "in more than 120 countries" supports "worldwide", never "nationwide".
func TestCountriesCountOnlyForTheWorld(t *testing.T) {
	const p = "Unions in more than 120 countries backed the strike on Monday."
	runR7(t, []r7Case{
		{name: "worldwide", passages: []string{p}, claim: "Unions backed the strike worldwide on Monday [1].", want: ""},
		{name: "nationwide", passages: []string{p}, claim: "Unions backed the strike nationwide on Monday [1].", want: `quantifier "nationwide"`},
	})
}
