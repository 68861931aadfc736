package ground

import "testing"

// Review 36: the absence rule for who did a deed or someone's name
// (doerOrName), the reduced participle's agent (unsaidAgent), the bare
// group subject and fronted time (subjectDeedRule), "Per passage 1,"
// before a speaker, "only" after a verb of telling, and "Partly." as a
// verdict. Each case's expectation is read from its passage text.
//
// Written by an independent helper from the diff 614ba39..cd2136b alone
// (with bot/review36_test.go: 30 cases, 18 failing at first). Mended: a
// capitalised title, a fronted day, another person's name near the words
// (after a verb of saying) are no name; a name further off, through "he"
// or by surname alone leaves the claim to its words or names them; the
// participle's agent stops at the clause's verb and a general word
// ("the authorities") for the passage's agent is no other agent; "now
// only" is no verb of telling; "On Tuesday, officials raised ..." is
// read as before. Open, left out: "Police found the mayor of Manta shot
// dead" read as naming police the shooter (question.DeedDone: "shot" is
// the body's state; the claim "don't say who shot" was dropped before the
// diff too); "Per passage 1, Zapata said ..." of "The minister said ..."
// after "Interior Minister Juan Zapata" (the speaker rule does not read a
// title back to its name; the same claim without the lead was dropped
// before the diff too); "Partly." before facts the passage contradicts
// is no claim (as "Yes." and "No." are none).

// TestReview36NameBeside: a claim that a person goes unnamed is wrong
// only where the passage gives that person's name; a capitalised title,
// a fronted day or another person's name is no name of theirs, and a
// name the passage gives in other ways (far along an apposition, through
// "he", by surname alone) still names them.
func TestReview36NameBeside(t *testing.T) {
	runEdgeCases(t, []edgeCase{
		// The office is written with capitals, but no person's name is
		// given: the claim is right.
		{"capitalised title is no name",
			"Ecuador's Attorney General on Tuesday raised the death toll from the violence from 18 to 31.\n",
			"The passages do not name the attorney general [1].", ""},
		// "On Monday" opens the sentence; the director is never named.
		{"a fronted day is no name",
			"On Monday, the director of the Esmeraldas jail resigned after the riot.\n",
			"The passages do not name the director of the Esmeraldas jail [1].", ""},
		// Juan Zapata is the interior minister, who spoke; the mayor of
		// Manta is not named.
		{"another person's name near the words",
			"Interior Minister Juan Zapata said the mayor of Manta was shot dead on Sunday.\n",
			"The passages do not name the mayor of Manta [1].", ""},
		// The sentence's subject, Guillermo Rodriguez, is the general
		// director of the prison authority: the passage names him.
		{"name far along an apposition",
			"Guillermo Rodriguez, who took office in March after a wave of riots, is the general director of the prison authority.\n",
			"The passages do not name the general director of the prison authority [1].", "absence"},
		// "He" is Guillermo Rodriguez, named in the sentence before.
		{"name through he",
			"Guillermo Rodriguez took over in March. He is the general director of the prison authority.\n",
			"The passages do not name the general director of the prison authority [1].", "absence"},
		// The director is named by his surname, Rodriguez.
		{"surname alone names him",
			"Rodriguez, the SNAI director, said the operation was decisive.\n",
			"The passages do not name the SNAI director [1].", "absence"},
		// The soundbite line names the general director: Guillermo
		// Rodriguez.
		{"soundbite line names him",
			"(SOUNDBITE) (Spanish) SNAI GENERAL DIRECTOR, GUILLERMO RODRIGUEZ, SAYING:\n\n\"This operation has been decisive.\"\n",
			"The passages do not name the general director of the SNAI [1].", "absence"},
	})
}

// TestReview36DoerLeft: a claim that the passages don't say who did a
// deed is wrong only where they give its doer.
func TestReview36DoerLeft(t *testing.T) {
	runEdgeCases(t, []edgeCase{
		// The operation was ordered by Lasso: the doer is given.
		{"the doer after by",
			"President Guillermo Lasso declared a state of emergency on Monday. The prison operation was ordered by Lasso after the riots.\n",
			"The passages don't say who ordered the prison operation [1].", "absence"},
	})
}

// TestReview36ReducedAgent: "footage released by X" says X released it.
func TestReview36ReducedAgent(t *testing.T) {
	runEdgeCases(t, []edgeCase{
		// The police released the footage, not the army.
		{"another agent, the clause going on",
			"Footage released by Ecuadorian police showed automatic weapons and ammunition seized from inside the prison.\n",
			"Footage released by the army showed automatic weapons and ammunition seized from inside the prison [1].", "army"},
		// The police are the authorities that released it: a faithful
		// paraphrase.
		{"a general word for the same agent",
			"Footage released by Ecuadorian police on Tuesday showed automatic weapons and ammunition seized from inside the prison.\n",
			"Footage released by the authorities on Tuesday showed automatic weapons seized from inside the prison [1].", ""},
	})
}

// TestReview36GroupSubject: a bare group subject, after a fronted time or
// a semicolon, did what the passage says it did.
func TestReview36GroupSubject(t *testing.T) {
	const toll = "Ecuador's attorney general on Tuesday raised the death toll from the violence from 18 to 31.\n"
	const retake = "Clashes between gangs began on Saturday. Soldiers retook the prison on Tuesday and seized automatic weapons.\n"
	runEdgeCases(t, []edgeCase{
		// The officers who freed the guards are the police who stormed
		// the jail: no other body is in the passage.
		{"police, then officers",
			"Police stormed the jail at dawn. Officers freed the 15 guards held hostage.\n",
			"Police freed the 15 guards held hostage [1].", ""},
		// The attorney general is an official: "officials" is a
		// faithful, general word for who raised the toll.
		{"fronted time, a general word for the office", toll,
			"On Tuesday, officials raised the death toll from 18 to 31 [1].", ""},
		// The police did not raise the toll; the attorney general did.
		{"fronted time, the wrong body", toll,
			"On Tuesday police raised the death toll from 18 to 31 [1].", "who"},
		// Soldiers retook the prison, not police.
		{"after a semicolon, the wrong body", retake,
			"Clashes began on Saturday; police retook the prison on Tuesday [1].", "who"},
		// Troops are soldiers.
		{"after a semicolon, troops for soldiers", retake,
			"Clashes began on Saturday; on Tuesday troops retook the prison and seized weapons [1].", ""},
	})
}

// TestReview36Only: "only" after "now" restricts the list as much as
// "only" anywhere else.
func TestReview36Only(t *testing.T) {
	const p = "Gangs still control the Litoral prison and a jail in Esmeraldas.\n"
	runEdgeCases(t, []edgeCase{
		// Gangs control two places; "only the Litoral prison" is wrong.
		{"only, now after it", p, "Only the Litoral prison now remains under gang control [1].", "quantifier"},
		{"now only", p, "Now only the Litoral prison remains under gang control [1].", "quantifier"},
	})
}

// TestReview36PerPassageSpeaker: "Per passage 1, X said ..." is wrong
// when the passage gives the words to another, right when to X under
// another name.
func TestReview36PerPassageSpeaker(t *testing.T) {
	runEdgeCases(t, []edgeCase{
		// The interior minister said it, not police.
		{"another speaker",
			"Per the ministry, 31 inmates died. Interior Minister Juan Zapata said the toll could rise.\n",
			"Per passage 1, police said the toll could rise [1].", "said by another"},
	})
}
