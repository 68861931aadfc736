package ground

import "testing"

// Where a claim says something was said ("in a press conference", "on
// social media") is a detail set apart: a word of it must be the
// passages'.
func TestWhereItWasSaid(t *testing.T) {
	const p = "The attorney general's office said on social media that one civilian was hurt in a Molotov cocktail attack on its office there.\n"
	runEdgeCases(t, []edgeCase{
		{"another medium", p, "The attorney general's office said in a press conference that one civilian was hurt in a Molotov cocktail attack [1].", `words "press conference", a detail the claim sets apart`},
		{"the passage's medium", p, "The attorney general's office said on social media that one civilian was hurt in a Molotov cocktail attack [1].", ""},
		{"a day, no medium", p, "The attorney general's office said on Tuesday that one civilian was hurt in a Molotov cocktail attack [1].", `date "tuesday"`},
	})
}
