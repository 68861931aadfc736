package extract

import (
	"testing"

	"github.com/storybot-dev/storybot/question"
)

// A "when" question takes a neighbour that holds a time too.
func TestTypedNeighbourForTime(t *testing.T) {
	cands := candidatesOf("The gang took the prison. It happened on Saturday.")
	cands[1].typed, cands[1].own = true, 0.2
	if got := typedNeighbour(question.Time, cands[0], cands); got != cands[1] {
		t.Errorf("typedNeighbour(time) = %v, want the second sentence", got)
	}
}

// Of two typed neighbours, the one holding more of the question wins,
// whichever side it is on.
func TestTypedNeighbourPrefersMoreOfTheQuestion(t *testing.T) {
	cands := candidatesOf("It began on Saturday. The gang took the prison. Guards fled on Sunday.")
	cands[0].typed, cands[0].own = true, 0.2
	cands[2].typed, cands[2].own = true, 0.6
	if got := typedNeighbour(question.Time, cands[1], cands); got != cands[2] {
		t.Errorf("typedNeighbour = %v, want the third sentence (own 0.6)", got)
	}
	cands[0].own, cands[2].own = 0.6, 0.2
	if got := typedNeighbour(question.Time, cands[1], cands); got != cands[0] {
		t.Errorf("typedNeighbour = %v, want the first sentence (own 0.6)", got)
	}
}

// Of two sentences that each add enough to the answer, the one that adds
// more is the second sentence, not the first found.
func TestAnswerSecondSentenceAddsTheMost(t *testing.T) {
	txt := "Soldiers entered the prison. Police arrived later. The riot left five guards dead."
	keys := []keyTerm{{term: "soldier", weight: 0.1, known: true}, {term: "guard", weight: 0.6, known: true}, {term: "polic", weight: 0.3, known: true}}
	cands := candidatesOf(txt, map[string]float64{"soldier": 1}, map[string]float64{"polic": 1}, map[string]float64{"guard": 1})
	var a Answer
	(&Answerer{}).answer(&a, question.General, question.Form{}, keys, 1, cands[0], cands, nil)
	if want := "Soldiers entered the prison. [1] The riot left five guards dead. [2]"; a.Text != want {
		t.Errorf("answer = %q, want %q", a.Text, want)
	}
}

// A sentence opening with a curly quotation mark opens a quotation.
func TestOpensQuoteCurly(t *testing.T) {
	for _, s := range []string{"“We will not negotiate,” he said.", `"We will not negotiate," he said.`, "  “Enough.”"} {
		if !opensQuote(s) {
			t.Errorf("opensQuote(%q) = false", s)
		}
	}
	if opensQuote("He said “enough”.") {
		t.Error("opensQuote of a sentence quoting in the middle = true")
	}
}

// A role's holder may be named four words from the role, not five.
func TestRoleNamedFourWordsAway(t *testing.T) {
	asked := "who is the prison director"
	if txt := "The director of the city prison, Juan Perez, resigned."; !roleNamed(txt, "director", asked) {
		t.Errorf("roleNamed(%q) = false, want true: four words between", txt)
	}
	if txt := "The director of the old city prison, Juan Perez, resigned."; roleNamed(txt, "director", asked) {
		t.Errorf("roleNamed(%q) = true, want false: five words between", txt)
	}
}
