package main

import (
	"math"
	"testing"

	"github.com/storybot-dev/storybot/bot"
	"github.com/storybot-dev/storybot/eval"
	"github.com/storybot-dev/storybot/extract"
)

// label keeps a question half of whose candidates hold an answer (not
// most), and matches an answer however either side is cased.
func TestLabelHalfAndCaseReview4(t *testing.T) {
	names := []string{"cov"}
	cand := func(txt string) extract.CandidateTrace {
		return extract.CandidateTrace{Text: txt, Features: map[string]float64{"cov": 0.5}}
	}
	r := eval.Result{Case: eval.Case{ID: "q", Question: "who designed it", Answers: []string{"miralles"}, Answerable: true},
		Answer: &bot.Answer{Candidates: []extract.CandidateTrace{cand("It was designed by Enric Miralles."), cand("Miralles died in 2000."), cand("Work ran late."), cand("The queen opened it.")}}}
	g, ok := label(r, names)
	if !ok {
		t.Fatal("a question half of whose candidates hold the answer was left out")
	}
	if !g.pos[0] || !g.pos[1] || g.pos[2] || g.pos[3] {
		t.Errorf("labels %v, want the two Miralles sentences", g.pos)
	}
}

// top takes the first of tied candidates, as the answerer does.
func TestTopTiesFirstReview4(t *testing.T) {
	g := group{x: [][]float64{{0.5}, {0.5}, {0.1}}, pos: []bool{true, false, false}}
	if top(g, []float64{1}) != 1 {
		t.Error("a tie went to the later candidate")
	}
	g.pos = []bool{false, true, false}
	if top(g, []float64{1}) != 0 {
		t.Error("a tie went to the later candidate")
	}
}

// fit uses only the groups keep admits: the same feature marks the answer
// in one set and a wrong candidate in the other.
func TestFitKeepReview4(t *testing.T) {
	var groups []group
	for i := 0; i < 20; i++ {
		groups = append(groups,
			group{set: "a", weight: 1, x: [][]float64{{0.5, 0}, {0.5, 1}, {0.4, 0}}, pos: []bool{false, true, false}},
			group{set: "b", weight: 1, x: [][]float64{{0.5, 1}, {0.5, 0}, {0.4, 0}}, pos: []bool{false, true, false}})
	}
	if w := fit(groups, func(g group) bool { return g.set == "a" }, 2, 0.01); w[1] <= 0 {
		t.Errorf("fit on set a: weight %v, want the marking feature positive", w)
	}
	if w := fit(groups, func(g group) bool { return g.set == "b" }, 2, 0.01); w[1] >= 0 {
		t.Errorf("fit on set b: weight %v, want the marking feature negative", w)
	}
}

// The fitted weights are in each feature's own scale: a feature ten times
// larger gets a weight ten times smaller.
func TestFitScaleReview4(t *testing.T) {
	mk := func(scale float64) []group {
		var groups []group
		for i := 0; i < 40; i++ {
			wrongCov := 0.5
			if i%2 == 0 {
				wrongCov = 0.9
			}
			groups = append(groups, group{set: "s", weight: 1, x: [][]float64{{wrongCov, 0}, {0.7, scale}, {0.4, 0}}, pos: []bool{false, true, false}})
		}
		return groups
	}
	w1, w10 := fit(mk(1), nil, 2, 0.01), fit(mk(10), nil, 2, 0.01)
	if r := w1[1] / w10[1]; r < 9.9 || r > 10.1 {
		t.Errorf("weights %v at scale 1, %v at scale 10: ratio %v, want 10", w1, w10, r)
	}
}

// goName spells a feature as its constant in extract/select.go.
func TestGoNameReview4(t *testing.T) {
	for n, want := range map[string]string{"cov": "Cov", "name_miss": "NameMiss", "typed": "Typed"} {
		if got := goName(n); got != want {
			t.Errorf("goName(%q) = %q, want %q", n, got, want)
		}
	}
}

// The L2 penalty keeps a feature that says nothing near zero against one
// that marks the answer.
func TestFitPenaltyReview4(t *testing.T) {
	var groups []group
	for i := 0; i < 40; i++ {
		noise := []float64{float64(i % 3), float64((i + 1) % 3), float64((i + 2) % 3)}
		groups = append(groups, group{set: "s", weight: 1, x: [][]float64{{0.4, noise[0]}, {0.8, noise[1]}, {0.5, noise[2]}}, pos: []bool{false, true, false}})
	}
	w := fit(groups, nil, 2, 0.01)
	if w[0] != 1 || math.Abs(w[1]) > 0.05 {
		t.Errorf("weights %v, want coverage 1 and the noise feature near 0", w)
	}
}
