package ground

import "testing"

// A deed said in the sentence before a name's is that name's only when the
// sentence says it in the passive with no doer ("The toll was raised on
// Tuesday. Rodriguez, who ..."); given a doer of its own ("The attorney
// general raised the toll", "was raised by the attorney general") it is
// that doer's, not the next sentence's name's.
func TestDeedBeforeTheName(t *testing.T) {
	const active = "Ecuador's attorney general on Tuesday raised the death toll from 18 to 31. " +
		"Guillermo Rodriguez is the general director of the prison authority.\n"
	const passive = "The death toll was later raised on Tuesday to 31. " +
		"Guillermo Rodriguez, the prison authority's general director, announced it.\n"
	const byAgent = "The death toll was raised by the attorney general on Tuesday to 31. " +
		"Guillermo Rodriguez is the general director of the prison authority.\n"
	runEdgeCases(t, []edgeCase{
		{"another doer before", active, "Guillermo Rodriguez raised the death toll to 31 [1].", `says of "Rodriguez" is not said of it`},
		{"with an apposition", active, "Guillermo Rodriguez, the prison director, raised the death toll [1].", `says of "Rodriguez"`},
		{"the doer of the deed", active, "Ecuador's attorney general raised the death toll to 31 [1].", ""},
		{"a passive with no doer", passive, "Guillermo Rodriguez raised the death toll to 31 [1].", ""},
		{"a passive with its doer", byAgent, "Guillermo Rodriguez raised the death toll to 31 [1].", `says of "Rodriguez"`},
	})
}

// A claim telling a death by a life ("lost their lives") is a death the
// passage tells in any of its words (review7's first finding).
func TestClaimLifeIdiom(t *testing.T) {
	runEdgeCases(t, []edgeCase{
		{"claimed the lives", "Violence in the prison on Saturday claimed the lives of 31 inmates.\n", "31 inmates lost their lives in the prison violence on Saturday [1].", ""},
		{"killed", "The riot on Saturday killed 31 inmates.\n", "31 inmates lost their lives in the riot on Saturday [1].", ""},
		{"died", "31 inmates died in the riot on Saturday.\n", "31 inmates lost their lives in the riot on Saturday [1].", ""},
		{"dead", "31 inmates were found dead in the riot on Saturday.\n", "31 inmates lost their lives in the riot on Saturday [1].", ""},
		{"no death", "31 inmates were moved after the riot on Saturday.\n", "31 inmates lost their lives in the riot on Saturday [1].", `outcome "lost"`},
		{"lost no life", "The team lost the match on Saturday.\n", "The team lost the match on Saturday [1].", ""},
	})
}

// "were used to kill" is an instrument and its deed, as "used to kill"
// is; being used to something is not (review7's third finding).
func TestPassiveUsedTo(t *testing.T) {
	const p = "Police seized rifles and grenades near the bodies of the 31 victims.\n"
	runEdgeCases(t, []edgeCase{
		{"passive", p, "The rifles and grenades seized were used to kill the 31 victims [1].", `link: the claim says "used to"`},
		{"bare", p, "Police seized the rifles and grenades used to kill the 31 victims [1].", `link: the claim says "used to"`},
		{"seized only", p, "Police seized rifles and grenades near the bodies of the 31 victims [1].", ""},
		{"accustomed", "Police near the prison waited for hours, as they often do.\n", "Police near the prison were used to waiting for hours [1].", ""},
	})
}

// What a deed was done to stops at where or when it was done: a place the
// subject's own sentence names does not make the deed the subject's
// (review7's second finding).
func TestSubjectDeedStopsAtThePlace(t *testing.T) {
	runEdgeCases(t, []edgeCase{
		{"a place after the deed", "Church volunteers handed out water on Monday. The city council ran extra buses from Riverside.\n", "The city council handed out water in Riverside [1].", `who: the passage says "handed" of others`},
		{"without the place", "Church volunteers handed out water on Monday. The city council ran extra buses from Riverside.\n", "The city council handed out water [1].", `who: the passage says "handed" of others`},
		{"another deed, a place", "Fifteen guards were held hostage by inmates in Esmeraldas. Police stormed the cellblock.\n", "The guards stormed the cellblock in Esmeraldas [1].", "who:"},
		{"only a place after the deed", "Volunteers stayed at the church. The council met on Monday.\n", "The council stayed at the church [1].", "who:"},
		{"the subject's own deed", "Church volunteers handed out water on Monday. The city council ran extra buses from Riverside.\n", "The city council ran extra buses from Riverside [1].", ""},
	})
}

// A thing's use in the present or the perfect ("is used to treat", "has
// been used to treat") is what it is for, not an instrument's deed.
func TestUsedToOfAUse(t *testing.T) {
	const p = "DMSO relieves pain and is applied to burns and minor cuts.\n"
	runEdgeCases(t, []edgeCase{
		{"present", p, "DMSO relieves pain and is used to treat burns and minor cuts [1].", ""},
		{"perfect", p, "DMSO relieves pain and has been used to treat burns and minor cuts [1].", ""},
	})
}
