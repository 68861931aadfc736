package ground

import "testing"

// Who did what, for a subject named by a common noun: a deed the cited
// sentences give, with what it was done to, only to another subject
// ("Volunteers from a local church handed out water") is not the claim's
// subject's (the city council's). The subject's own sentence holding the
// deed or what it was done to, the sentence after it going on about
// "it", a deed sentence whose doer is a pronoun, a subject no cited
// sentence holds (the word rules'), and a noun in -ing ("A fatal
// shooting") pass.
func TestCommonSubjectKeepsItsDeed(t *testing.T) {
	const help = "Volunteers from a local church handed out water, bread and blankets to about 200 families. " +
		"A spokesperson for the city council said extra buses would run until midnight.\n"
	runEdgeCases(t, []edgeCase{
		{"another's deed", help, "The city council handed out water, bread and blankets [1].", `who: the passage says "handed" of others, not of the council`},
		{"another's deed, plural subject", help, "Council officials handed out water, bread and blankets [1].", `who: the passage says "handed"`},
		{"the subject's own deed", help, "Church volunteers handed out water, bread and blankets [1].", ""},
		{"the subject's sentence, the verb in other words", "The harbour board chaired the council meetings. The mayor led the council for ten years.\n", "The harbour board led the council meetings [1].", ""},
		{"the sentence after, about it", "The city council met on Monday. In June it handed out water to 200 families.\n", "The city council handed out water to 200 families [1].", ""},
		{"a subject no sentence holds", "Police officers retook the prison on Tuesday after a long siege.\n", "Army commanders retook the prison on Tuesday after a long siege [1].", ""},
		{"a pronoun's deed", "Soldiers and police officers surrounded the prison. Crowds gathered at the gates. Using controlled detonations, they later gained access to three cellblocks.\n", "The officers used controlled detonations to reach three cellblocks [1].", ""},
	})
}
