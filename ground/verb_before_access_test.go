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

// A verb of order ("followed", "preceded") does nothing to its object: "the
// operation followed a 60-day state of emergency" is no swap for the
// passage's "announced a 60-day state of emergency"; a deed in its place
// ("revoked") is.
func TestRelationVerbIsNoSwap(t *testing.T) {
	const p = "The operation came after the government announced a 60-day state of emergency for the country's prisons."
	runEdgeCases(t, []edgeCase{
		{"followed", p, "The operation followed a 60-day state of emergency for the prisons [1].", ""},
		{"revoked", p, "The operation came after the government revoked a 60-day state of emergency for the prisons [1].", "revoked"},
	})
}
