package ground

import "testing"

// A summary's connectives ("Meanwhile,", "Separately,") are no words of
// its facts; its lines on what the passages don't say ("None of the
// passages say whether ...", "Los pasajes no dicen si ...") are an
// abstention, kept without a marker, unless a passage says it after all.
func TestSummaryConnectivesAndAbsences(t *testing.T) {
	const p = "Volunteers from a local church handed out water, bread and blankets to about 200 families. The union said the strike would continue until the operator agreed to a 9 percent pay rise."
	runEdgeCases(t, []edgeCase{
		{"meanwhile", p, "Meanwhile, volunteers gave out blankets [1].", ""},
		{"without the connective, a word short", p, "Volunteers gave out pillows [1].", "words"},
		{"none of the passages say", p, "None of the passages say whether the operator has responded to the union's demands.", ""},
		{"los pasajes no dicen", p, "Los pasajes no dicen si el operador respondió al sindicato.", ""},
		{"said after all", p, "None of the passages say whether volunteers from a local church handed out water, bread and blankets to about 200 families.", "absence"},
	})
}

// "The passages tie them together only by timing" says what the passages
// hold, not that nothing else links the two; "only" of the story's world
// ("only two guards were held") still needs the passage's word.
func TestOnlyOfThePassages(t *testing.T) {
	const p = "This latest surge of prison violence comes during campaigning for presidential elections next month. Some candidates have pledged prison reforms. In Esmeraldas, 15 prison guards and 2 other staffers were held hostage."
	runEdgeCases(t, []edgeCase{
		{"passages only", p, "The passages tie them together only by timing: the surge comes during campaigning for presidential elections next month [1].", ""},
		{"world only", p, "Only prison guards were held hostage in Esmeraldas [1].", `quantifier "only"`},
	})
}
