package extract

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/question"
)

// A second sentence of the same passage that adds enough of the question
// joins the answer, in the story's order; one that adds little does not.
func TestAnswerSecondSentence(t *testing.T) {
	txt := "Soldiers entered the prison at dawn. The riot had left five guards dead."
	keys := []keyTerm{{term: "soldier", weight: 1, known: true}, {term: "guard", weight: 1, known: true}}
	cands := candidatesOf(txt, map[string]float64{"soldier": 1}, map[string]float64{"guard": 1})
	var a Answer
	(&Answerer{}).answer(&a, question.General, question.Form{}, keys, 2, cands[1], cands, nil)
	if want := "Soldiers entered the prison at dawn. [1] The riot had left five guards dead. [2]"; a.Text != want {
		t.Errorf("answer = %q, want %q", a.Text, want)
	}
	// The second adds only a tenth of the question: left out.
	keys = []keyTerm{{term: "soldier", weight: 0.2, known: true}, {term: "guard", weight: 1.8, known: true}}
	a = Answer{}
	(&Answerer{}).answer(&a, question.General, question.Form{}, keys, 2, cands[1], cands, nil)
	if want := "The riot had left five guards dead. [1]"; a.Text != want {
		t.Errorf("answer = %q, want %q", a.Text, want)
	}
}

// A yes/no question's hedge says "the stories don't say so" only for a
// word the stories use; a word they never use is no evidence of "no".
func TestHedgeNoOnlyForKnownWords(t *testing.T) {
	cands := candidatesOf("Soldiers entered the prison at dawn.")
	var a Answer
	hedge(&a, question.Form{YesNo: true}, []keyTerm{{term: "xylophon", known: false}}, cands[0])
	if !strings.HasPrefix(a.Text, Hedge) {
		t.Errorf("hedge = %q, want it to start %q", a.Text, Hedge)
	}
	a = Answer{}
	hedge(&a, question.Form{YesNo: true}, []keyTerm{{term: "guard", known: true}}, cands[0])
	if !strings.HasPrefix(a.Text, HedgeNo) {
		t.Errorf("hedge = %q, want it to start %q", a.Text, HedgeNo)
	}
}

// The sentence right after another, with no gap between them, is its next.
func TestNextAdjacentSentence(t *testing.T) {
	cands := candidatesOf("He said this. Then they left.")
	// Make the first end exactly where the second starts.
	cands[0].sp.End = cands[1].sp.Start
	if got := next(cands, cands[0]); got != cands[1] {
		t.Errorf("next of %v = %v, want the adjacent %v", cands[0].sp, got, cands[1].sp)
	}
}

// The rarest key term is the heaviest: its coverage is the "rare" feature.
func TestFeaturesRareIsTheHeaviestTerm(t *testing.T) {
	cands := candidatesOf("Soldiers entered the prison at dawn.", map[string]float64{"soldier": 1})
	keys := []keyTerm{{term: "soldier", weight: 1, known: true}, {term: "warden", weight: 3, known: true}}
	f := features(nil, "who entered the prison", question.General, question.Form{}, keys, 4, cands[0], cands)
	if f["rare"] != 0 {
		t.Errorf("rare = %v, want 0: the heaviest term, warden, is not covered", f["rare"])
	}
}
