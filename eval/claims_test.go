package eval

import (
	"strings"
	"testing"
)

func TestMarkAll(t *testing.T) {
	got := MarkAll("Here is what it says:\nThe toll rose. It was \"high.\"\n- Two died", 2)
	want := "Here is what it says:\nThe toll rose. [1, 2] It was \"high.\" [1, 2]\n- Two died [1, 2]"
	if got != want {
		t.Errorf("MarkAll:\n got %q\nwant %q", got, want)
	}
}

func TestClaimPassages(t *testing.T) {
	c := ClaimCase{ID: "x", Source: "passage 1: The toll rose to 31. passage 2:Two guards were hurt."}
	ps := ClaimPassages(&c)
	if len(ps) != 2 || ps[0].Text != "The toll rose to 31." || ps[1].Text != "Two guards were hurt." {
		t.Fatalf("passages %+v", ps)
	}
	for _, p := range ps {
		if c.Source[p.Start:p.End] != p.Text || len(p.Sentences) == 0 {
			t.Errorf("passage %d is not its source's bytes [%d,%d) or has no sentences", p.N, p.Start, p.End)
		}
	}
	if ps := ClaimPassages(&ClaimCase{Source: "One text."}); len(ps) != 1 || ps[0].Text != "One text." {
		t.Errorf("a source without headers is one passage: %+v", ps)
	}
}

// TestScoreClaims scores a made-up file: one faithful answer kept, one
// unsupported answer caught, one faithful answer flagged (a false alarm
// by the number rule), one unsupported answer passed (a miss).
func TestScoreClaims(t *testing.T) {
	tr, fa := true, false
	src := "passage 1: The attorney general raised the death toll from 18 to 31 on Tuesday."
	cases := []ClaimCase{
		{ID: "a", Dataset: "D", Source: src, Response: "The death toll was raised to 31.", Hallucinated: false},
		{ID: "b", Dataset: "D", Source: src, Response: "The death toll was raised to 45.", Hallucinated: true},
		{ID: "c", Dataset: "D", Source: src, Response: "The toll rose by 13, to 31.", Hallucinated: false},
		{ID: "d", Dataset: "D", Source: src, Response: "The attorney general raised the death toll.", Hallucinated: true,
			Spans: []ClaimSpan{{Text: "x", Label: "Subtle Conflict"}}},
		{ID: "e", Dataset: "F", Source: src, Response: "The toll was raised to 31.", Hallucinated: true, HallucinatedAll: &fa},
		{ID: "f", Dataset: "F", Source: src, Response: "The toll was raised to 44.", Hallucinated: true, HallucinatedAll: &tr},
	}
	scores, _ := ScoreClaims(cases)
	if len(scores) != 3 {
		t.Fatalf("%d scores, want D, F any, F all", len(scores))
	}
	d := scores[0]
	if d.TP != 1 || d.FN != 1 || d.TN+d.FP != 2 || d.Misses["Subtle Conflict"] != 1 {
		t.Errorf("D: %+v", d)
	}
	if f := scores[2]; f.Pooling != "all annotators" || f.TP != 1 || f.TN != 1 {
		t.Errorf("F all: %+v", f)
	}
	var b strings.Builder
	WriteClaimScores(&b, scores)
	for _, w := range []string{"D: 4 answers, 2 unsupported", "F (any annotator)", "balanced accuracy", "misses by span label: Subtle Conflict 1"} {
		if !strings.Contains(b.String(), w) {
			t.Errorf("report lacks %q:\n%s", w, b.String())
		}
	}
}

// The halves split by the number ending the ID, and every case is in one.
func TestClaimHalf(t *testing.T) {
	cases := []ClaimCase{{ID: "rt-12017"}, {ID: "rt-12018"}, {ID: "fb-3-10"}, {ID: "fb-3-9"}}
	even, err := ClaimHalf(cases, "even")
	if err != nil {
		t.Fatal(err)
	}
	odd, _ := ClaimHalf(cases, "odd")
	var got []string
	for _, c := range even {
		got = append(got, c.ID)
	}
	if strings.Join(got, " ") != "rt-12018 fb-3-10" || len(odd) != 2 {
		t.Errorf("even half %v (odd %d cases), want rt-12018 fb-3-10 (odd 2)", got, len(odd))
	}
	if _, err := ClaimHalf(cases, "first"); err == nil {
		t.Error("an unknown half was accepted")
	}
}
