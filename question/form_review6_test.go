package question

import "testing"

// Review 6: the asking sentence is the one the LAST "?" closes, and it
// starts after the last ".", "!" or "?" before it.
func TestNegatedAskingSentenceReview6(t *testing.T) {
	for q, want := range map[string]bool{
		// Two questions: the last one asks.
		"did anyone escape? which ones were not caught?": true,
		"which gang did not take part? which one won?":   false,
		// "!" ends the remark before the question.
		"not again! who won?":    false,
		"who won? never mind!":   false,
		"wow! who did not vote?": true,
		// The sentence right before the question, not the first one.
		"ok. i was not there. who won?":  false,
		"ok. thanks. who was not there?": true,
		"who won? i didn't see the game": false,
	} {
		if got := FormOf(q).Negated; got != want {
			t.Errorf("FormOf(%q).Negated = %v, want %v", q, got, want)
		}
	}
}
