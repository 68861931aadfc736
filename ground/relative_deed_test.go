package ground

import "testing"

// A relative clause tells the deed of the name before it ("Guillermo
// Rodriguez, who on Tuesday raised the death toll"), and a day between a
// name and its verb names no one ("Lasso on Monday declared").
func TestRelativeClauseDeed(t *testing.T) {
	const p = "Ecuador's attorney general on Tuesday raised the death toll from the violence from 18 to 31. Guillermo Rodriguez is the general director of Ecuador's prison authority, the SNAI. On Monday, President Guillermo Lasso declared a state of emergency."
	runEdgeCases(t, []edgeCase{
		{name: "another's deed in a relative clause", passage: p,
			claim: "Guillermo Rodriguez, who on Tuesday raised the death toll from 18 to 31, is the general director of the SNAI [1].", want: `what the claim says of "Rodriguez"`},
		{name: "his own deed in a relative clause", passage: p,
			claim: "Guillermo Lasso, who on Monday declared a state of emergency, is the president [1]."},
		{name: "another's deed after a day", passage: p,
			claim: "Guillermo Rodriguez on Tuesday raised the death toll from 18 to 31 [1].", want: `what the claim says of "Rodriguez"`},
		// review: a relative clause saying what he is, in the present or
		// with "as", is no deed to find
		{name: "who runs", passage: "Maria Vanterpool is the director of the national prison agency. She said the raid respected human rights.",
			claim: "Maria Vanterpool, who runs the national prison agency, said the raid respected human rights [1]."},
		{name: "who served as", passage: "Agustin Intriago, the mayor of Manta, was shot dead on Sunday.",
			claim: "Agustin Intriago, who served as mayor of Manta, was shot dead on Sunday [1]."},
		// second review: an irregular past ("cut") and words of time
		// before the verb still tell a deed
		{name: "who cut", passage: p + " On Tuesday, the attorney general cut the list of suspects by half.",
			claim: "Guillermo Rodriguez, who on Tuesday cut the list of suspects by half, is the general director of the SNAI [1].", want: `what the claim says of "Rodriguez"`},
		{name: "who hours earlier", passage: p,
			claim: "Guillermo Rodriguez, who hours earlier raised the death toll from 18 to 31, is the general director of the SNAI [1].", want: `what the claim says of "Rodriguez"`},
		{name: "an apposition, no relative", passage: p,
			claim: "Guillermo Rodriguez, the general director of the SNAI, is Ecuador's prison chief [1]."},
	})
}
