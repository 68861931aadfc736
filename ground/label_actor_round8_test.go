package ground

import "testing"

// A name before a colon labels the line ("Guayaquil: forces used ..."):
// it says where, and the words after it are no deed of the name's. A name
// opening the claim without the colon is still its actor.
func TestNameLabelIsNoActor(t *testing.T) {
	const p = "Using controlled detonations, soldiers gained access to three cellblocks at the Penitenciaria del Litoral in the city of Guayaquil. Families waited outside. Relatives read the lists. On Monday President Guillermo Lasso declared a state of emergency.\n"
	runEdgeCases(t, []edgeCase{
		{"a label", p, "Guayaquil: forces used controlled detonations to reach three cellblocks of the Penitenciaria del Litoral [1].", ""},
		{"the name as actor", p, "Lasso used controlled detonations to reach three cellblocks of the Penitenciaria del Litoral [1].", `what the claim says of "Lasso"`},
		{"the name as a label", p, "Lasso: forces used controlled detonations to reach three cellblocks of the Penitenciaria del Litoral [1].", ""},
	})
}
