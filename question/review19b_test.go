package question

import "testing"

// Review of session 19: "what did X say <pronoun> <verb>" of a speaker
// the story quotes asks for the statement; the pronoun clause is its
// content, not a fact reported elsewhere.
func TestReview19SaidClause(t *testing.T) {
	for q, want := range map[string]bool{
		"what did police say they seized inside":                  false, // the change's own case
		"what did the snai director say they had been able to do": true,
		"what did rodriguez say they did":                         true,
		"what did the general director say he thanked":            true,
	} {
		if got := FormOf(q).Said; got != want {
			t.Errorf("FormOf(%q).Said = %v, want %v", q, got, want)
		}
	}
}
