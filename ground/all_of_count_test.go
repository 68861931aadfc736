package ground

import "testing"

// "All three cellblocks" says the three are every one there is: a
// passage giving "three cellblocks" as a part doesn't say so; one making
// the count definite ("the three"), summed ("three in all") or saying
// "all" does.
func TestAllOfACount(t *testing.T) {
	const reached = "Using controlled detonations, they gained access to three cellblocks at the prison.\n"
	runEdgeCases(t, []edgeCase{
		{"the count as the whole", reached, `They took control of all three cellblocks of the prison [1: "they gained access to three cellblocks"].`, `quantifier "all"`},
		{"the whole without a preposition", reached, `Forces reached all three cellblocks at the prison [1].`, `quantifier "all"`},
		{"the count itself", reached, `They gained access to three cellblocks at the prison [1].`, ""},
		{"a definite count", "Using controlled detonations, they gained access to the three cellblocks at the prison.\n", `They gained access to all three cellblocks at the prison [1].`, ""},
		{"a count summed", "Using controlled detonations, they gained access to three cellblocks in all at the prison.\n", `They gained access to all three cellblocks at the prison [1].`, ""},
		{"a sum in all, then its parts", "That declaration set off violence in Esmeraldas, where 15 prison guards and 2 other staffers were held hostage at a local jail.\n", `Seventeen people in all: fifteen prison guards and two other staffers were held hostage at a local jail [1].`, ""},
		{"the passage's own all", "Using controlled detonations, they gained access to all three cellblocks at the prison.\n", `They reached all three cellblocks at the prison [1].`, ""},
	})
}
