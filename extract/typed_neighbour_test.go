package extract

import (
	"testing"

	"github.com/storybot-dev/storybot/question"
)

// The sentence right before or after the best one, in its passage, joins
// the answer when it holds the kind of answer asked for and the best one
// doesn't and it holds some of the question; a sentence two away, one of
// another passage, one that holds nothing of the question, or a question
// that wants no kind of answer gets none.
func TestTypedNeighbour(t *testing.T) {
	cands := candidatesOf("The gang ran the prison. Its leader, known as El Negro, escaped. The zoo had a lion.")
	cands[1].typed, cands[1].own = true, 0.3
	if got := typedNeighbour(question.Name, cands[0], cands); got != cands[1] {
		t.Errorf("typedNeighbour(name, first) = %v, want the second sentence", got)
	}
	cands[1].own = 0
	if got := typedNeighbour(question.Name, cands[0], cands); got != nil {
		t.Errorf("typedNeighbour(name, first) = %q, want none: it holds nothing of the question", got.text())
	}
	cands[1].own = 0.3
	if got := typedNeighbour(question.General, cands[0], cands); got != nil {
		t.Errorf("typedNeighbour(general) = %q, want none: no kind asked for", got.text())
	}
	cands[0].typed, cands[0].own, cands[1].typed = true, 0.3, false
	if got := typedNeighbour(question.Name, cands[2], cands); got != nil {
		t.Errorf("typedNeighbour(name, third) = %q, want none: the typed one is two away", got.text())
	}
	cands[0].typed, cands[1].typed = false, true
	cands[0].typed = true
	if got := typedNeighbour(question.Name, cands[0], cands); got != nil {
		t.Errorf("typedNeighbour of a typed best = %q, want none", got.text())
	}
	cands[0].typed = false
	other := candidatesOf("Its leader, known as El Negro, escaped.")
	other[0].typed, other[0].own = true, 0.3
	other[0].p.Source = cands[0].p.Source
	shift := cands[0].sp.End + 1 // right after the first sentence, in another passage
	other[0].p.Start += shift
	other[0].sp.Start += shift
	other[0].sp.End += shift
	if got := typedNeighbour(question.Name, cands[0], append([]*candidate{cands[0]}, other...)); got != nil {
		t.Errorf("typedNeighbour across passages = %q, want none", got.text())
	}
}

// The neighbour is the answer's second sentence, in the story's order.
func TestAnswerWithTypedNeighbour(t *testing.T) {
	cands := candidatesOf("A court sentenced a gang leader to 34 years. Wilmer Chila, known as El Tigre, was found guilty.")
	keys := []keyTerm{{term: "tigr", weight: 1, known: true}}
	var a Answer
	(&Answerer{}).answer(&a, question.Duration, question.Form{}, keys, 1, cands[1], cands, cands[0])
	if want := "A court sentenced a gang leader to 34 years. [1] Wilmer Chila, known as El Tigre, was found guilty. [2]"; a.Text != want {
		t.Errorf("answer = %q, want %q", a.Text, want)
	}
}
