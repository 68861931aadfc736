package ground

// The thirteenth session's review: realistic inputs on which its rules first
// decided wrongly (each case states the right decision; each failed at 732be5e).

import (
	"strings"
	"testing"
)

type review13Case struct{ name, passage, asked, claim, want string } // want "" = keep; else substring of the cut reason

func review13Check(t *testing.T, cs []review13Case) {
	t.Helper()
	for _, c := range cs {
		t.Run(c.name, func(t *testing.T) {
			asked := c.asked
			if asked == "" {
				asked = "What happened?"
			}
			got := edgeReason(t, c.passage, asked, c.claim)
			if (c.want == "") != (got == "") || !strings.Contains(got, c.want) {
				t.Errorf("%q\n  against %q\n  reason %q, want %q", c.claim, c.passage, got, c.want)
			}
		})
	}
}

func TestReview13FaithfulKept(t *testing.T) {
	const toll = "Ecuador's attorney general on Tuesday raised the death toll from the violence from 18 to 31.\n"
	const lasso = "On Monday, President Guillermo Lasso also declared a state of emergency in the provinces of Manabi and Los Rios.\n"
	const foot = "Footage released by Ecuadorian police showed automatic weapons and ammunition seized from inside the prison.\n"
	const pa = "The prison authority said it would publish an updated list of transferred inmates on Thursday morning.\n"
	const min = "The Interior Ministry said it would send 500 more police officers to the city on Friday.\n"
	const solis = "Solis said the government would not intervene in the dispute. Talks did not resume on Friday.\n"
	review13Check(t, []review13Case{
		// agent.go: passive deed given to a name (verb paraphrased)
		{"agent imposed", lasso, "", "A state of emergency in Manabi and Los Rios was imposed by Guillermo Lasso on Monday [1].", ""},
		{"agent shared", foot, "", "The footage was shared by Ecuadorian police [1].", ""},
		// meaning.go addedHedgeRule 'could': the passage projects with another word
		{"could/fear", "Officials fear the death toll will rise to 40.\n", "", "The death toll could rise to 40 [1].", ""},
		{"could/forecast", "The storm is forecast to hit 120 mph winds on Friday.\n", "", "The storm could hit 120 mph winds on Friday [1].", ""},
		{"could/predict", "Economists predict growth will reach 3 percent next year.\n", "", "Growth could reach 3 percent next year [1].", ""},
		{"could/up to", "The sentence carries up to 30 years in prison.\n", "", "The sentence could be up to 30 years in prison [1].", ""},
		// counted_noun.go: one of a group in the singular
		{"one guard of 'a guard'", "A guard was stabbed during the riot, and one inmate was killed.\n", "", "One guard was stabbed during the riot [1].", ""},
		{"one policeman", "One police officer was wounded in the attack.\n", "Was anyone hurt?", "One policeman was wounded in the attack [1].", ""},
		{"one lawmaker", "Senator Ana Ruiz was one of the lawmakers at the meeting. One senator was injured when the roof collapsed.\n", "Was anyone hurt?", "One lawmaker was injured when the roof collapsed [1].", ""},
		// quote_actor.go quotedDoerSwapped
		{"authorities plural", pa, "", `The prison authorities will publish an updated list of transferred inmates on Thursday morning [1: "The prison authority said it would publish an updated list of transferred inmates on Thursday morning"].`, ""},
		{"government for ministry", min, "", `The government will send 500 more police officers to the city on Friday [1: "The Interior Ministry said it would send 500 more police officers to the city on Friday"].`, ""},
		// meaning.go negationRule: a "not" in a when-clause
		{"declined ... when not", solis, "", "The government declined to intervene in the dispute when talks did not resume on Friday [1].", ""},
		// support.go inventedListItem longer list: an opening phrase read as an item
		{"videos list", foot, "", "In the videos, police showed weapons and ammunition from inside the prison [1].", ""},
		// from_value.go incrementCues: "31, more deaths than the 18"
		{"more deaths than", toll, "", "The death toll reached 31, more deaths than the 18 first reported [1].", ""},
	})
}

func TestReview13UnfaithfulCut(t *testing.T) {
	const cells = "Using controlled detonations, they gained access to three cellblocks at the Penitenciaria del Litoral in the city of Guayaquil.\n"
	const rod = "Guillermo Rodriguez, a senior prison official, commented on the operation, calling it decisive.\n"
	review13Check(t, []review13Case{
		// text/casual.go "dem" -> "they"
		{"Dem for Republican", "Two Republican senators voted against the bill on Tuesday, and it passed 51 to 49.\n", "", "Two Dem senators voted against the bill on Tuesday [1].", "Dem"},
		// meaning.go allOfCount "in all"
		{"in all three cellblocks", cells, "", "Soldiers regained control in all three cellblocks at the Penitenciaria del Litoral [1].", `quantifier "all"`},
		// meaning.go onlyInPassages quotedWords
		{"only official to comment", rod, "", "Rodriguez was the only official to comment on the operation, calling it decisive [1].", `quantifier "only"`},
		// compound.go compoundIn in outcomeRule: "life sentence" -> "life"
		{"life sentence", "Lasso tries to tackle violence that has surged since 2021, claiming the lives of hundreds of prisoners. The gang leader was convicted.\n", "", "The gang leader was convicted and given a life sentence [1].", `outcome "sentence"`},
	})
}

// support.go onlyDated/countsWith: a sum, a difference or a rounding that
// equals the story's day is cut before those readings are tried.
func TestReview13DateDayReadings(t *testing.T) {
	for _, c := range []struct{ st, claim string }{
		{" date 2023-07-13 STORY: Prison riot.\n\nEcuador's attorney general on Tuesday raised the death toll from the violence from 18 to 31.\n", "The toll rose by 13 deaths, from 18 to 31 [1]."},
		{" date 2023-07-17 STORY: Prison riot.\n\nIn Esmeraldas, 15 prison guards and 2 other staffers were held hostage at a local jail.\n", "In Esmeraldas, 17 workers were held hostage at a local jail: 15 prison guards and 2 other staffers [1]."},
		{" date 2023-07-30 STORY: Prison riot.\n\nThe toll rose to 31 deaths on Tuesday.\n", "About 30 deaths were reported on Tuesday [1]."},
	} {
		if got := droppedFor(verdictOn(t, c.st, c.claim)); got != "" {
			t.Errorf("%q: cut %q, want kept", c.claim, got)
		}
	}
}
