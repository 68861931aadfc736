package ground

import "testing"

// A passive deed given an agent ("shot dead by gang hitmen on Sunday")
// needs the agent in a cited sentence telling of that deed, or at least
// named in the passages; the passage's own agent, or none, passes. (An
// agent closing the claim is unsaidDetail's too.)
func TestAgentOfAPassiveDeed(t *testing.T) {
	const p = "The mayor of the city of Manta was shot dead on Sunday. Police arrested two men on Monday.\n"
	const q = "The mayor of the city of Manta was shot dead on Sunday by two men on a motorbike.\n"
	runEdgeCases(t, []edgeCase{
		{"an agent the passage never names", p, "The mayor of Manta was shot dead by gang hitmen on Sunday in a killing linked to the riots [1].", `who: the claim says who did it (gang hitmen)`},
		{"no agent", p, "The mayor of Manta was shot dead on Sunday [1].", ""},
		{"the passage's agent", q, "The mayor of Manta was shot dead by two men on Sunday [1].", ""},
	})
}

// A passive deed given to a name the cited passage holds for something
// else ("It was announced by Guillermo Rodriguez" citing only his title)
// is a deed the passage never gives him; the deed said there, a synonym
// of it, and "was done by" (the deed named before it) pass.
func TestPassiveDeedOfANameElsewhere(t *testing.T) {
	const p = "Guillermo Rodriguez is the general director of Ecuador's prison authority, the SNAI. He said the operation was decisive.\n"
	runEdgeCases(t, []edgeCase{
		{"a deed the passage lacks", p, "It was announced by Guillermo Rodriguez, the general director of the SNAI [1].", "who: the claim says who did it"},
		{"the passage's own deed", p, "The operation was called decisive by Guillermo Rodriguez, the general director of the SNAI [1].", ""},
		{"done by", p, "The talking was done by Guillermo Rodriguez, the general director of the SNAI [1].", ""},
		{"done by, of the deed before", p, "It was done by Guillermo Rodriguez, the general director of the SNAI [1].", ""},
	})
}
