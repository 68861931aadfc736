package main

import (
	"testing"

	"github.com/storybot-dev/storybot/bot"
	"github.com/storybot-dev/storybot/eval"
	"github.com/storybot-dev/storybot/extract"
)

// The fit learns which feature marks the answer: in every question the
// candidate with feature 1 set holds the answer, while feature 0 (the
// coverage, whose weight the fit scales to 1) favours a wrong one half the
// time.
func TestFitLearnsTheDecidingFeature(t *testing.T) {
	var groups []group
	for i := 0; i < 40; i++ {
		g := group{set: "s", weight: 1}
		// A wrong candidate with more coverage every other question.
		wrongCov := 0.5
		if i%2 == 0 {
			wrongCov = 0.9
		}
		g.x = [][]float64{{wrongCov, 0}, {0.7, 1}, {0.4, 0}}
		g.pos = []bool{false, true, false}
		groups = append(groups, g)
	}
	w := fit(groups, nil, 2, 0.01)
	if w[0] != 1 {
		t.Errorf("coverage weight %v, want it scaled to 1", w[0])
	}
	var hits float64
	for _, g := range groups {
		hits += top(g, w)
	}
	if hits != 40 {
		t.Errorf("fitted weights %v put the answer first in %v of 40 questions", w, hits)
	}
	if cur := top(groups[0], []float64{1, 0}); cur != 0 {
		t.Error("coverage alone should pick the wrong candidate in an even question")
	}
}

// label keeps a question only when some but not most candidates hold an
// answer, and reads features by name.
func TestLabel(t *testing.T) {
	names := []string{"cov", "typed"}
	cand := func(txt string, cov float64) extract.CandidateTrace {
		return extract.CandidateTrace{Text: txt, Features: map[string]float64{"cov": cov}}
	}
	r := eval.Result{Case: eval.Case{ID: "q", Question: "how many died", Answers: []string{"31"}, Answerable: true},
		Answer: &bot.Answer{Candidates: []extract.CandidateTrace{cand("The toll rose to 31.", 0.5), cand("Soldiers came.", 0.9), cand("It rained.", 0.1)}}}
	g, ok := label(r, names)
	if !ok || len(g.pos) != 3 || !g.pos[0] || g.pos[1] || g.x[1][0] != 0.9 {
		t.Fatalf("label = %+v, %v", g, ok)
	}
	r.Case.Answers = []string{"the"} // most candidates hold it: no lesson
	r.Answer.Candidates[1].Text, r.Answer.Candidates[2].Text = "The soldiers came.", "The rain."
	if _, ok := label(r, names); ok {
		t.Error("a question most candidates answer was kept")
	}
	r.Case.Answers = []string{"40"} // none holds it
	if _, ok := label(r, names); ok {
		t.Error("a question no candidate answers was kept")
	}
	r.Case.Answerable, r.Case.Answers = false, []string{"31"}
	if _, ok := label(r, names); ok {
		t.Error("an unanswerable question was kept")
	}
}
