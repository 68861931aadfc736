package bot_test

import "testing"

// "the gentleman" in a who-question is the person asked for, as "the guy"
// is: no topic word the answer must hold (it was hedged).
func TestGentlemanIsThePersonAsked(t *testing.T) {
	b, c := seedBot(t)
	seedAnswers(t, b, c, "GUILLERMO RODRIGUEZ", "Who is the gentleman speaking in Spanish in the report?", "who is that fellow speaking in spanish")
}

// A guess after a wh-question asks nothing of its own: the wh-question is
// answered ("In what manner did they get inside?" was refused, read as
// whether they used explosives or negotiated).
func TestGuessAfterQuestionAnswersTheQuestion(t *testing.T) {
	b, c := seedBot(t)
	seedAnswers(t, b, c, "controlled detonations", "In what manner did they get inside? Did they use explosives or did they negotiate with the prisoners?")
	seedAnswers(t, b, c, "Penitenciaria del Litoral", "What is the name of this prison exactly? And is it in Guayaquil itself or outside of the city?")
}

// A yes/no question whose deed is a light verb and a particle of release
// ("let the guards go", "get out") is not settled by the sentence of the
// guards held hostage: it said "Yes:". Nor after a greeting, whose
// sentence hid that the question asks yes or no. "Did the army get in"
// keeps its answer: "get in" is no release.
func TestReleaseTheStoryNeverTells(t *testing.T) {
	b, c := seedBot(t)
	seedRefuses(t, b, c,
		"did they let the esmeraldas guards go yet",
		"did the esmeraldas hostage guards get out ok",
		"Good evening. Did those guards that were held hostage in Esmeraldas get let go safely in the end?")
	seedAnswers(t, b, c, "gained access", "did the army get in")
}

// A name asked as chat types it ("wats the manta mayors name", "whats the
// gangs names") needs a name beside the office or group: the story names
// neither the mayor nor the gangs (they were answered with the sentence
// of the emergency and the clashes). The director it names.
func TestNameAskedAsTypedNeedsAName(t *testing.T) {
	b, c := seedBot(t)
	seedRefuses(t, b, c, "wats the manta mayors name", "whats the gangs names", "whats the attorney generals name? i think it was a woman")
	seedAnswers(t, b, c, "Guillermo Rodriguez", "whats the prison directors name")
}

// A name the story never holds, asked with a pronoun question after it
// ("In which maximum-security prison is El Tigre now? What is the name of
// it?"), is refused: it was answered with the SNAI director's sentence,
// read as "what is the name of the maximum-security prison".
func TestSecondQuestionLeansOnTheFirst(t *testing.T) {
	b, c := seedBot(t)
	seedRefuses(t, b, c, "In which maximum-security prison is El Tigre now? What is the name of it?")
}
