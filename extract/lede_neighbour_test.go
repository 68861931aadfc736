package extract

import (
	"testing"

	"github.com/storybot-dev/storybot/question"
)

// News names late: a sentence that holds the whole question itself takes
// the figure of the sentence before it ("sentenced a gang leader to 34
// years"), though that sentence shares no word with the question; only the
// one before, and only for a sentence that holds all of the question.
func TestTypedNeighbourLedeBeforeTheName(t *testing.T) {
	cands := candidatesOf("A court sentenced a gang leader to 34 years. Wilmer Chila, known as El Tigre, was found guilty. The trial lasted 3 weeks.")
	cands[0].typed, cands[0].own = true, 0
	cands[1].own = 1
	if got := typedNeighbour(question.Duration, cands[1], cands); got != cands[0] {
		t.Errorf("typedNeighbour(duration) = %v, want the lede before the name", got)
	}
	cands[1].own = 0.9 // the sentence lacks some of the question: no figure from a sentence that shares none
	if got := typedNeighbour(question.Duration, cands[1], cands); got != nil {
		t.Errorf("typedNeighbour of a sentence holding 0.9 of the question = %q, want none", got.text())
	}
	cands[1].own = 1
	cands[0].typed, cands[2].typed = false, true // only the sentence after has a figure, and shares nothing
	if got := typedNeighbour(question.Duration, cands[1], cands); got != nil {
		t.Errorf("typedNeighbour = %q, want none: a sentence after that shares nothing is not the lede", got.text())
	}
}

// A time is not taken from the sentence before: "Until when will extra
// buses run?" is not answered by the day of another announcement.
func TestTypedNeighbourLedeNotForTime(t *testing.T) {
	cands := candidatesOf("The authority will publish a list on Thursday. Extra buses will run until midnight.")
	cands[0].typed, cands[0].own = true, 0
	cands[1].own = 1
	if got := typedNeighbour(question.Time, cands[1], cands); got != nil {
		t.Errorf("typedNeighbour(time) = %q, want none", got.text())
	}
	if got := typedNeighbour(question.Number, cands[1], cands); got != cands[0] {
		t.Errorf("typedNeighbour(number) = %v, want the sentence before", got)
	}
}
