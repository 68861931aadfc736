package ground

import "testing"

// A deed a quote opens on is its sentence's doer's: "Guillermo Rodriguez
// raised the death toll [1: "raised the death toll ..."]" where the
// sentence's "Ecuador's attorney general" raised it gives the deed to
// another. The sentence's own doer, a name the sentence holds, a
// sentence whose doer is a pronoun, and no name pass.
func TestQuotedDeedRenamed(t *testing.T) {
	const p = "Ecuador's attorney general on Tuesday raised the death toll from the violence from 18 to 31. " +
		"Guillermo Rodriguez is the general director of the SNAI. " +
		"On Monday, President Guillermo Lasso declared a state of emergency in Manabi. " +
		"Mayor Jorge Ruiz said little. After the meeting, he raised the curfew from 9 to 11.\n"
	const q = `[1: "raised the death toll from the violence from 18 to 31"]`
	runEdgeCases(t, []edgeCase{
		// the name after a title that opens with an acronym is the
		// actor (actor.go's rule reads it first), also after a lead
		// naming the passage
		{"another doer", p, "SNAI general director Guillermo Rodriguez raised the death toll on Tuesday from 18 to 31 " + q + ".", `of "Rodriguez" is not said of it`},
		{"another doer, per passage 1", p, "Per passage 1, SNAI general director Guillermo Rodriguez raised the death toll on Tuesday from 18 to 31 " + q + ".", `of "Rodriguez" is not said of it`},
		{"another doer, plain", p, "Guillermo Rodriguez raised the death toll on Tuesday from 18 to 31 " + q + ".", `Rodriguez`},
		{"the sentence's doer", p, "Ecuador's attorney general raised the death toll from 18 to 31 " + q + ".", ""},
		{"no name", p, "The toll was raised on Tuesday from 18 to 31 " + q + ".", ""},
		{"a name the sentence holds", p, `President Guillermo Lasso declared a state of emergency in Manabi [1: "declared a state of emergency in Manabi"].`, ""},
		{"a pronoun's deed", p, `Mayor Jorge Ruiz raised the curfew from 9 to 11 [1: "raised the curfew from 9 to 11"].`, ""},
	})
}
