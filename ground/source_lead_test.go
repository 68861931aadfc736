package ground

import "testing"

// A claim opening with where its fact comes from ("Based on the provided
// passages,") is read without the lead: its denial still opens the clause
// and is checked. A speaker named after "According to" stays part of the
// claim, and the lead alone is no claim to strip to nothing.
func TestSourceLead(t *testing.T) {
	const p = "The attorney general's office said on social media that one civilian was hurt in a Molotov cocktail attack on its office there."
	runEdgeCases(t, []edgeCase{
		{"lead before a denial", p, "Based on the provided passages, no one was injured in the Molotov cocktail attack [1].", "negation"},
		{"sure and a lead", p, "Sure! According to the passages, nobody was hurt in the Molotov cocktail attack [1].", "negation"},
		{"lead before a true claim", p, "Based on the provided passages, one civilian was hurt in a Molotov cocktail attack [1].", ""},
	})
	for in, want := range map[string]string{
		"Based on the provided passages, no one was injured":       "no one was injured",
		"Sure! According to the sources, 31 died":                  "31 died",
		"According to the union, two workers were killed":          "According to the union, two workers were killed",
		"According to passage 1, two workers were killed":          "According to passage 1, two workers were killed",
		"The passages say only that the mayor was shot":            "The passages say only that the mayor was shot",
		"Based on the passages,":                                   "Based on the passages,",
		"In the story, the mayor of Manta was shot dead on Sunday": "the mayor of Manta was shot dead on Sunday",
	} {
		if got := withoutSourceLead(in); got != want {
			t.Errorf("withoutSourceLead(%q) = %q, want %q", in, got, want)
		}
	}
}

// "Most of" the many things a passage says some of overstates it: "most
// of the presidential candidates" where "some candidates" pledged. "Most
// of the time" measures a stretch, and the passage's own "most" supports
// the claim.
func TestMostOfMany(t *testing.T) {
	const p = "This latest surge of prison violence comes during campaigning for presidential elections next month. Some candidates have pledged prison reforms."
	runEdgeCases(t, []edgeCase{
		{"most of the plural", p, "Most of the presidential candidates have pledged prison reforms [1].", `quantifier "most"`},
		{"most of their plural", p, "Most of their candidates have pledged prison reforms [1].", `quantifier "most"`},
		{"some", p, "Some of the candidates have pledged prison reforms [1].", ""},
		{"most of the time", p, "Most of the time candidates pledged prison reforms during campaigning [1].", ""},
		{"passage says most", "Most candidates have pledged prison reforms.", "Most of the candidates have pledged prison reforms [1].", ""},
	})
}
