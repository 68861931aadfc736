package ground

import "testing"

// A title set beside a name ("Chile's labour minister, Ricardo Solis",
// "Marta Vergara, a spokeswoman for the port operator") or said of it
// ("X is the police commander") must be the passage's for that person,
// every word of it; the passage's own title, or a loose one ("a prison
// official"), passes, and so does a description holding no post.
func TestTitleBesideAName(t *testing.T) {
	const p = "Chile's transport minister, Ricardo Solis, said the government would not intervene. " +
		"Union president Marta Vergara said members voted for the strike. The port operator said it regretted the decision.\n"
	runEdgeCases(t, []edgeCase{
		{"another ministry", p, "Chile's labour minister, Ricardo Solis, said the government would not intervene [1].", `who: the title the claim gives beside the name (labour)`},
		{"another body's spokeswoman", p, "Marta Vergara, a spokeswoman for the port operator, said members voted for the strike [1].", `who: the title the claim gives beside the name (spokeswoman`},
		{"his title", p, "Chile's transport minister, Ricardo Solis, said the government would not intervene [1].", ""},
		{"her title, after the name", p, "Marta Vergara, the union president, said members voted for the strike [1].", ""},
		{"a loose title", p, "Ricardo Solis, a government official, said the government would not intervene [1].", ""},
	})
}

// The title before a name may come without its commas ("Chile's labour
// minister Ricardo Solis said"); it is checked as with them.
func TestTitleBeforeANameWithoutCommas(t *testing.T) {
	const p = "Chile's transport minister, Ricardo Solis, said the government would not intervene.\n"
	runEdgeCases(t, []edgeCase{
		{"another ministry", p, "Chile's labour minister Ricardo Solis said the government would not intervene [1].", `who: the title the claim gives beside the name (labour)`},
		{"his ministry", p, "Chile's transport minister Ricardo Solis said the government would not intervene [1].", ""},
	})
}
