package extract

import (
	"testing"

	"github.com/storybot-dev/storybot/question"
)

// The lede's figure is taken, unshared, only for a count or a duration: a
// name or a person in the sentence before is too often someone else's.
func TestTypedNeighbourLedeOnlyCountOrDuration_review3(t *testing.T) {
	for _, qt := range []question.Kind{question.Number, question.Duration, question.Person, question.Name, question.Time} {
		cands := candidatesOf("A court sentenced a gang leader to 34 years. Wilmer Chila, known as El Tigre, was found guilty.")
		cands[0].typed, cands[0].own = true, 0
		cands[1].own = 1
		got := typedNeighbour(qt, cands[1], cands)
		want := qt == question.Number || qt == question.Duration
		if (got == cands[0]) != want || (got != nil && got != cands[0]) {
			t.Errorf("typedNeighbour(%v) = %v, want the lede: %v", qt, got, want)
		}
	}
}
