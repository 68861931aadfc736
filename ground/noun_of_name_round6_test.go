package ground

import "testing"

// "the mayor of Duran" ties the noun to the name: a cited sentence giving
// the noun "of" another name, and the name elsewhere in it, has the claim
// moving the noun.
func TestNounOfNameStaysWithItsName(t *testing.T) {
	const p = "On Monday the president declared a state of emergency in the city of Duran, after the mayor of the city of Manta was shot dead on Sunday.\n"
	runEdgeCases(t, []edgeCase{
		{"another name's noun", p, "The emergency came after the mayor of Duran was shot dead on Sunday [1].", `who: the passage says "mayor of the city of manta"`},
		{"its own name", p, "The emergency came after the mayor of Manta was shot dead on Sunday [1].", ""},
		{"a noun the passage doesn't tie", p, "A state of emergency was declared in the city of Duran on Monday [1].", ""},
	})
}
