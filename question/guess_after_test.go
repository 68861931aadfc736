package question

import "testing"

// A wh-question, then a guess to check ("how many died? wasnt it like 50
// dead?", read as "was not it"): the wh-question asks, so the guess's "wasnt" denies nothing;
// the wh-question's own negation still counts. A lone question opening on
// a negated verb asks to confirm ("wasn't it 50?" asks what "was it 50?"
// asks): its negation is not the question's (negated_open_test.go).
func TestGuessAfterQuestionDeniesNothing(t *testing.T) {
	for q, want := range map[string]bool{
		"how many people died in that prison? was not it like 50 dead?": false,
		"who has not been found? is it the guards?":                     true,
		"was not it like 50 dead?":                                      false,
		"how many died? was it not 50?":                                 false,
	} {
		if got := FormOf(q).Negated; got != want {
			t.Errorf("FormOf(%q).Negated = %v, want %v", q, got, want)
		}
	}
}
