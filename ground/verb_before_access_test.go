package ground

import "testing"

// A verb put in the place of the passage's verb and its noun ("destroyed
// three cellblocks" where "they gained access to three cellblocks") says
// another deed of the same thing, even in a claim otherwise copied word for
// word; the passage's words said another way ("entered") are its deed.
func TestVerbSwapBeforeItsNoun(t *testing.T) {
	const p = "Using controlled detonations, they gained access to three cellblocks at the Penitenciaria del Litoral in the city of Guayaquil."
	runEdgeCases(t, []edgeCase{
		{"destroyed", p, "Using controlled detonations, they destroyed three cellblocks at the Penitenciaria del Litoral in the city of Guayaquil [1].", `the claim says "destroyed" where passage 1 says "gained"`},
		{"control of", "Using controlled detonations, they gained control of three cellblocks at the Penitenciaria del Litoral.", "Using controlled detonations, they destroyed three cellblocks at the Penitenciaria del Litoral [1].", `the claim says "destroyed" where passage 1 says "gained"`},
		{"entered", p, "Using controlled detonations, they entered three cellblocks at the Penitenciaria del Litoral in the city of Guayaquil [1].", ""},
		{"copied", p, "Using controlled detonations, they gained access to three cellblocks at the Penitenciaria del Litoral [1].", ""},
	})
}
