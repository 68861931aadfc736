package eval

import (
	"math"
	"testing"
)

// Precision, recall, F1, false alarms and balanced accuracy follow from
// the counts.
func TestClaimScoreRates(t *testing.T) {
	src := "passage 1: The attorney general raised the death toll from 18 to 31 on Tuesday."
	cases := []ClaimCase{
		{ID: "a", Dataset: "D", Source: src, Response: "The death toll was raised to 31.", Hallucinated: false},
		{ID: "b", Dataset: "D", Source: src, Response: "The death toll was raised to 45.", Hallucinated: true},
	}
	scores, _ := ScoreClaims(cases)
	if len(scores) != 1 {
		t.Fatalf("%d scores, want 1", len(scores))
	}
	s := scores[0]
	if s.TP != 1 || s.TN != 1 || s.FP != 0 || s.FN != 0 {
		t.Fatalf("counts %+v, want one true positive and one true negative", s)
	}
	for name, c := range map[string][2]float64{
		"precision": {s.Precision, 1}, "recall": {s.Recall, 1}, "F1": {s.F1, 1},
		"false alarms": {s.FalseAlarmRate, 0}, "balanced accuracy": {s.BalancedAccuracy, 1},
	} {
		if math.Abs(c[0]-c[1]) > 1e-9 {
			t.Errorf("%s = %v, want %v", name, c[0], c[1])
		}
	}
}
