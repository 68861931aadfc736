package extract

import (
	"testing"

	"github.com/storybot-dev/storybot/question"
)

// Trace lists every candidate best first with the score the answerer
// gives it, and the features a trace alone reads: the lede, the share of
// the question a sentence holds that few others of its story hold.
func TestTrace(t *testing.T) {
	ix := edgeIndex(t, map[string]string{"wall.txt": "More than 80 inmates escaped from a prison in Kaduna after rain brought down its wall.\n\nGuards recaptured 31 inmates by Wednesday, a spokesman said.\n\nThe prison held about 700 inmates."})
	q := "how many inmates did guards recapture"
	ps := passagesOf(t, ix, q)
	tr := Trace(ix, &question.Vocabulary{}, q, "", ps)
	if len(tr) != 3 {
		t.Fatalf("Trace gave %d candidates, want 3: %+v", len(tr), tr)
	}
	if tr[0].Text != "Guards recaptured 31 inmates by Wednesday, a spokesman said." {
		t.Errorf("first candidate %q, want the recapture sentence", tr[0].Text)
	}
	for i := 1; i < len(tr); i++ {
		if tr[i].Score > tr[i-1].Score {
			t.Errorf("candidates out of order: %v after %v", tr[i].Score, tr[i-1].Score)
		}
	}
	var w [nSel]float64
	for i, n := range selNames {
		w[i] = tr[0].Features[n]
	}
	if s := selScore(&w); !near(s, tr[0].Score) {
		t.Errorf("score %v, but the weighted features make %v", tr[0].Score, s)
	}
	for _, c := range tr {
		lede := c.Text == "More than 80 inmates escaped from a prison in Kaduna after rain brought down its wall."
		if (c.Features["lede"] == 1) != lede {
			t.Errorf("%q: lede %v", c.Text, c.Features["lede"])
		}
	}
	// "guards" and "recapture" are in the second sentence only, "inmates"
	// in all three: the second holds the most of what only it holds.
	if tr[0].Features["focus"] <= 0 || tr[0].Features["focus"] >= tr[0].Features["cov"] {
		t.Errorf("focus %v of the recapture sentence, want in (0, cov %v)", tr[0].Features["focus"], tr[0].Features["cov"])
	}
	for _, c := range tr[1:] {
		if c.Features["focus"] >= tr[0].Features["focus"] {
			t.Errorf("%q: focus %v, not under the recapture sentence's %v", c.Text, c.Features["focus"], tr[0].Features["focus"])
		}
	}
}
