package ground

import "testing"

// "All of the <plural>" after a preposition still claims every one
// ("gained access to all of the prison's cellblocks" of "three
// cellblocks"); a bare "all" after one ("to all visitors") and "all of"
// one thing ("across all of the city") stay distributive talk.
func TestAllOfManyAfterAPreposition(t *testing.T) {
	const p = "Using controlled detonations, they gained access to three cellblocks at the prison. Visitors were turned away across the city."
	runEdgeCases(t, []edgeCase{
		{name: "all of the plural", passage: p, claim: "They gained access to all of the prison's cellblocks [1].", want: "quantifier"},
		{name: "all of the plural, the passage says all", passage: "They gained access to all the cellblocks at the prison.", claim: "They gained access to all of the prison's cellblocks [1]."},
		{name: "bare all after a preposition", passage: p, claim: "Visitors were turned away across all the city [1]."},
		{name: "all of one thing", passage: p, claim: "Visitors were turned away across all of the city [1]."},
		// review: "each of" and "both" say it of every one
		{name: "each of", passage: "Inspectors were sent to each of the prison's cellblocks.", claim: "Inspectors were sent to all of the prison's cellblocks [1]."},
		{name: "both", passage: "Troops took control of both cellblocks on Monday.", claim: "Troops took control of all of the cellblocks on Monday [1]."},
		// second review: an "each" or "both" of something else holds no "all"
		{name: "each other", passage: "The two gangs blamed each other after guards searched three of the prison's cellblocks.", claim: "Guards searched all of the prison's cellblocks [1].", want: `quantifier "all"`},
		{name: "each holding", passage: "Guards searched three of the prison's cellblocks, each holding 300 inmates.", claim: "Guards searched all of the prison's cellblocks [1].", want: `quantifier "all"`},
	})
}
