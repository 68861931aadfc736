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

// "No exact figure is given." says what the passages lack: kept without a
// marker, as any abstention is. A claim without a marker that states a
// fact ("Hundreds of prisoners died.") is still no abstention.
func TestNothingGivenIsAnAbsence(t *testing.T) {
	const p = "Lasso has regularly declared states of emergency in the country's prisons as he tries to tackle violence that has surged since 2021, claiming the lives of hundreds of prisoners."
	runEdgeCases(t, []edgeCase{
		{"no figure given", p, "No exact figure is given.", ""},
		{"a fact without a marker", p, "Hundreds of prisoners died.", "cites no passage"},
	})
}
