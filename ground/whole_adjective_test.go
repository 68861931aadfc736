package ground

import "testing"

// "Full" and "complete" before a noun say all of it, as "entire" does:
// "gained full control of the prison" where the passage has them gain
// access to three cellblocks. After a linking verb ("the count is
// complete") or opening a label ("Full name: …") they quantify nothing.
func TestFullAndCompleteQuantify(t *testing.T) {
	const p = "Using controlled detonations, soldiers gained access to three cellblocks at the prison. Officials finished the count of the dead on Monday. Guillermo Rodriguez is the general director of the prison authority.\n"
	runEdgeCases(t, []edgeCase{
		{"full control of what was partly entered", p, "Using controlled detonations, soldiers gained full control of the prison [1].", `quantifier "full"`},
		{"complete access", p, "Using controlled detonations, soldiers gained complete access to the prison [1].", `quantifier "complete"`},
		{"access as said", p, "Using controlled detonations, soldiers gained access to three cellblocks at the prison [1].", ""},
		{"after a linking verb", p, "Officials said the count of the dead on Monday is complete [1].", ""},
		{"stressing a length", p, "Officials finished the count of the dead after three full days, on Monday [1].", ""},
		{"a label", p, "Full name: Guillermo Rodriguez, general director of the prison authority [1].", ""},
	})
}
