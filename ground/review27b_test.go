package ground

import (
	"strings"
	"testing"
)

// Written by an independent reviewer from the diff alone (88 cases over
// three packages, 34 failing at first). Mended in this package: "to 31
// from 18" and "from 18 on Monday to 31 on Tuesday" are one figure's
// change; "among Ecuador's most dangerous" says "one of". Left open and
// removed: deedOfAsked reads the deed by its lemma and first-sense
// WordNet synonyms only, so a faithful "raised" of "increased the death
// toll" or "killed" of "the murder of the mayor" is dropped (the second
// by the older outcome rule too), and "raised concerns" passes "raised the
// toll".

// Review 27b: cases for deedOfAsked (a claim answering "who <did it>"
// whose evidence names the person but not the deed), sumOf's guard
// against the two values of one changed figure (changedFromTo), the
// apposition opening on a common noun's possessive (possessorRE), and
// "among the most ..." (oneOfBefore), written by an independent reviewer
// from the diff alone.
//
// want is "" when a careful fact-checker keeps the claim, else a
// substring of the reason it must be dropped for; "*" means dropped for
// any reason (the rule under test or an earlier one).
type review27bCase struct {
	name, passage, asked, claim, want, why string
}

func runReview27b(t *testing.T, cases []review27bCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := edgeReason(t, c.passage, c.asked, c.claim)
			switch {
			case c.want == "" && got != "":
				t.Errorf("%q for %q: dropped (%q), want kept (%s)", c.claim, c.asked, got, c.why)
			case c.want == "*" && got == "":
				t.Errorf("%q for %q: kept, want dropped (%s)", c.claim, c.asked, c.why)
			case c.want != "" && c.want != "*" && !strings.Contains(got, c.want):
				t.Errorf("%q for %q: reason %q, want %q (%s)", c.claim, c.asked, got, c.want, c.why)
			}
		})
	}
}

func TestReview27bDeedOfAsked(t *testing.T) {
	const (
		toll     = "Who raised the death toll?"
		director = "Guillermo Rodriguez is the general director of the SNAI, Ecuador's prison authority. The death toll in the riot at the Litoral prison stands at 31.\n"
		raised   = "Guillermo Rodriguez, the general director of the SNAI, raised the death toll in the riot at the Litoral prison to 31.\n"
		incr     = "Guillermo Rodriguez, the general director of the SNAI, increased the death toll in the riot at the Litoral prison to 31.\n"
		said     = "Guillermo Rodriguez, the general director of the SNAI, said the death toll in the riot at the Litoral prison stands at 31.\n"
		concerns = "Guillermo Rodriguez, the general director of the SNAI, raised concerns about overcrowding. The death toll in the riot at the Litoral prison stands at 31.\n"
		colonel  = "Colonel Mario Paredes commands the army unit in Guayaquil. Gangs control the Litoral prison.\n"
		storming = "Soldiers of the army unit of Colonel Mario Paredes began storming the Litoral prison at dawn.\n"
		murder   = "Police blamed Los Lobos for the murder of the mayor of Manta, Agustin Intriago.\n"
	)
	runReview27b(t, []review27bCase{
		{"evidence names him, not the deed", director, toll,
			"The death toll was raised to 31 by Guillermo Rodriguez [1].", "who: the claim gives the question's deed",
			"the passage says who he is and what the toll is, never that he raised it"},
		{"evidence tells the deed", raised, toll,
			"The death toll was raised to 31 by Guillermo Rodriguez [1].", "",
			"the passage says he raised it"},
		{"a deed of saying", said, "Who announced the death toll?",
			"The death toll of 31 was announced by Guillermo Rodriguez [1].", "",
			"he said the toll: that is announcing it"},
		{"claim does not give the deed", director, toll,
			"Guillermo Rodriguez is the general director of the SNAI [1].", "",
			"the claim says only what the passage says; it answers nothing but invents nothing"},
		{"commander named, storming not told", colonel, "Who stormed the prison?",
			"The Litoral prison was stormed by the army unit of Colonel Mario Paredes [1].", "who: the claim gives the question's deed",
			"the passage says he commands the unit and gangs hold the prison, not that anyone stormed it"},
		{"storming told by another form", storming, "Who stormed the prison?",
			"The army unit of Colonel Mario Paredes stormed the Litoral prison [1].", "",
			"'began storming' tells the deed"},
	})
}

func TestReview27bChangedFromTo(t *testing.T) {
	const (
		fromTo   = "Attorney General Diana Salazar raised the death toll in the riot from 18 to 31 on Tuesday.\n"
		toFrom   = "Attorney General Diana Salazar raised the death toll in the riot to 31 from 18 on Tuesday.\n"
		split    = "Attorney General Diana Salazar said the death toll in the riot rose from 18 on Monday to 31 on Tuesday.\n"
		parts    = "Gunmen killed 18 inmates in cellblock 5 and 13 inmates in cellblock 8, the death toll in the riot.\n"
		thousand = "The number of people displaced by the floods rose from 1,200 to 1,500 on Tuesday.\n"
	)
	runReview27b(t, []review27bCase{
		{"old and new summed as a total", fromTo, "What was the death toll?",
			"The death toll in the riot reached 49 in total [1].", `number "49"`,
			"18 and 31 are one toll before and after; 49 is no count of anything"},
		{"the change itself", fromTo, "What was the death toll?",
			"The death toll in the riot rose from 18 to 31 [1].", "",
			"the claim restates the passage"},
		{"both numbers and their sum without 'total'", fromTo, "What was the death toll?",
			"The death toll in the riot rose from 18 to 31, making 49 deaths [1].", `number "49"`,
			"the 49 adds the old toll to the new one"},
		{"parts really summed", parts, "What was the death toll?",
			"In total, 31 inmates were killed in the riot [1].", "",
			"18 and 13 inmates killed in two cellblocks do add to 31"},
		{"news order: to 31 from 18", toFrom, "What was the death toll?",
			"The death toll in the riot reached 49 in total [1].", `number "49"`,
			"'to 31 from 18' is the same revision in newswire order"},
		{"from 18 on Monday to 31 on Tuesday", split, "What was the death toll?",
			"The death toll in the riot reached 49 in total [1].", `number "49"`,
			"the same revision with its days between the numbers"},
		{"thousands separators", thousand, "How many people were displaced?",
			"In total, 2,700 people were displaced by the floods [1].", `number "2700"`,
			"1,200 and 1,500 are one figure before and after"},
	})
}

func TestReview27bPossessorApposition(t *testing.T) {
	const (
		worst    = "The riot at the Litoral prison in Guayaquil was the worst in the country this year.\n"
		mainPort = "The riot at the Litoral prison in Guayaquil, Ecuador's main port, was the worst in the country this year.\n"
		portOf   = "The riot at the Litoral prison in Guayaquil, the main port of Ecuador, was the worst in the country this year.\n"
	)
	runReview27b(t, []review27bCase{
		{"description from outside", worst, "What happened?",
			"The riot at the Litoral prison in Guayaquil, the country's main port, was the worst this year [1].", "main port",
			"the passage never calls Guayaquil a port; 'country' alone does not hold the description"},
		{"curly apostrophe", worst, "What happened?",
			"The riot at the Litoral prison in Guayaquil, the country’s main port, was the worst this year [1].", "main port",
			"the same outside description, typed with a typographic apostrophe"},
		{"description the passage gives by a name", mainPort, "What happened?",
			"The riot at the Litoral prison in Guayaquil, the country's main port, was the worst this year [1].", "",
			"the passage calls it Ecuador's main port; 'the country' points back at Ecuador"},
		{"description the passage gives with 'of'", portOf, "What happened?",
			"The riot at the Litoral prison in Guayaquil, the country's main port, was the worst this year [1].", "",
			"'the main port of Ecuador' is 'the country's main port'"},
	})
}

func TestReview27bAmongTheMost(t *testing.T) {
	const oneOf = "The Litoral is one of the most dangerous prisons in Ecuador, officials said.\n"
	runReview27b(t, []review27bCase{
		{"among the most", oneOf, "What happened?",
			"The Litoral is among the most dangerous prisons in Ecuador [1].", "",
			"'among the most dangerous' is 'one of the most dangerous'"},
		{"the most, alone", oneOf, "What happened?",
			"The Litoral is the most dangerous prison in Ecuador [1].", "quantifier",
			"the passage makes it one of several, not the single most dangerous"},
		{"among a name's most", oneOf, "What happened?",
			"The Litoral is among Ecuador's most dangerous prisons [1].", "",
			"'among Ecuador's most dangerous prisons' is one of them too"},
		{"among opens the claim but the superlative is single", oneOf, "What happened?",
			"Among the prisons in Ecuador, the Litoral is the most dangerous [1].", "quantifier",
			"'among' sets the field; the claim still says the single most dangerous"},
	})
}
