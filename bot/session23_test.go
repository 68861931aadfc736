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
