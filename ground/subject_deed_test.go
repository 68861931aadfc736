package ground

import "testing"

// Who did what, for a subject named by a common noun: a deed the cited
// sentences give, with what it was done to, only to another subject
// ("Volunteers from a local church handed out water") is not the claim's
// subject's (the city council's). The subject's own sentence holding the
// deed or what it was done to, the sentence after it going on about
// "it", a deed sentence whose doer is a pronoun and a noun in -ing ("A
// fatal shooting") pass; a subject no cited sentence holds, doing what a
// sentence gives another, does not (unnamed_doer_test.go).
func TestCommonSubjectKeepsItsDeed(t *testing.T) {
	const help = "Volunteers from a local church handed out water, bread and blankets to about 200 families. " +
		"A spokesperson for the city council said extra buses would run until midnight.\n"
	runEdgeCases(t, []edgeCase{
		{"another's deed", help, "The city council handed out water, bread and blankets [1].", `who: the passage says "handed" of others, not of the council`},
		{"another's deed, plural subject", help, "Council officials handed out water, bread and blankets [1].", `who: the passage says "handed"`},
		{"the subject's own deed", help, "Church volunteers handed out water, bread and blankets [1].", ""},
		{"the subject's sentence, the verb in other words", "The harbour board chaired the council meetings. The mayor led the council for ten years.\n", "The harbour board led the council meetings [1].", ""},
		{"the sentence after, about it", "The city council met on Monday. In June it handed out water to 200 families.\n", "The city council handed out water to 200 families [1].", ""},
		{"a subject no sentence holds, the deed another's", "Police officers retook the prison on Tuesday after a long siege.\n", "Army commanders retook the prison on Tuesday after a long siege [1].", `who: the passage says "retook" of others and never names the commanders`},
		{"a pronoun's deed", "Soldiers and police officers surrounded the prison. Crowds gathered at the gates. Using controlled detonations, they later gained access to three cellblocks.\n", "The officers used controlled detonations to reach three cellblocks [1].", ""},
	})
}

// A person or group the passage names only as the one a deed was done to
// ("one civilian was hurt in a Molotov cocktail attack") is not the doer
// of a deed no cited sentence holds ("A civilian threw a Molotov
// cocktail"). A thing ("the strike was called") is no person; a person
// the passage names otherwise, or a deed it holds, is left alone.
func TestPatientMadeTheDoer(t *testing.T) {
	const hurt = "The attorney general's office said that one civilian was hurt in a Molotov cocktail attack on its office.\n"
	runEdgeCases(t, []edgeCase{
		{"the hurt made the attacker", hurt, "A civilian threw a Molotov cocktail at the office [1].", `who: the passage says the civilian was hurt, not that it threw`},
		{"a thing, not a person", "The strike was called by the union after talks broke down. Dockworkers walked off the job on Thursday.\n", "The strike began on Thursday after talks broke down [1].", ""},
		{"a person named otherwise", "One civilian was hurt in the attack. Later the civilian threw stones at the police.\n", "A civilian threw stones at the police [1].", ""},
	})
}

// A sentence naming the subject's thing (a title line, "Poseidon (film)")
// and the next going on about it by the same word ("Poseidon grossed")
// are one subject's, even when the claim quoted the name, which the
// meaning rules read without its quote.
func TestSubjectGoingOnByName(t *testing.T) {
	runEdgeCases(t, []edgeCase{
		{"the title line, then the name", "Poseidon (film). Poseidon grossed $181,674,817 at the worldwide box office on a budget of $160 million.\n",
			`The film "Poseidon" grossed $181,674,817 at the box office on a budget of $160 million [1].`, ""},
	})
}
