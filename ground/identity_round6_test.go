package ground

import "testing"

// A claim saying who a named person is ("X is the justice minister", "The
// mayor was X") must describe them with a word the sentence naming them
// (or the next) holds; a word of it there is enough.
func TestIdentityIsSaidOfTheName(t *testing.T) {
	const p = "Guillermo Rodriguez is the general director of the prison authority. The mayor of the city was shot dead on Sunday.\n"
	runEdgeCases(t, []edgeCase{
		{"another post", p, "Guillermo Rodriguez is the justice minister and general director of the prison authority [1].", `who: what the claim says the person is (justice minister)`},
		{"another person's post, the other way round", p, "The mayor of the city was Guillermo Rodriguez [1].", `who: what the claim says the person is (mayor`},
		{"his post, paraphrased", p, "Guillermo Rodriguez is the director of the prison authority [1].", ""},
		{"his post, one word of it", p, "Guillermo Rodriguez is a prison official [1].", ""},
	})
}
