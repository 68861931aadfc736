package extract

import "testing"

// A third story's sentence must say what best's does: every key term best
// holds, and at most one of them by a kin word ("announced" for
// "declared"); a key it lacks, or two held only by kin words ("taken" for
// held, "inmates" for hostages), and it is no answer beside best's.
func TestSaysAsBest(t *testing.T) {
	keys := []keyTerm{{term: "guard"}, {term: "held"}, {term: "hostag"}}
	best := &candidate{covered: map[string]float64{"guard": 1, "held": 1, "hostag": 1}}
	for _, tc := range []struct {
		name    string
		covered map[string]float64
		want    bool
	}{
		{"all as fully", map[string]float64{"guard": 1, "held": 1, "hostag": 1}, true},
		{"one kin word", map[string]float64{"guard": 1, "held": 0.6, "hostag": 1}, true},
		{"two kin words", map[string]float64{"guard": 1, "held": 0.6, "hostag": 0.6}, false},
		{"one key missing", map[string]float64{"guard": 1, "held": 1}, false},
	} {
		if got := saysAsBest(keys, best, &candidate{covered: tc.covered}); got != tc.want {
			t.Errorf("%s: saysAsBest = %v, want %v", tc.name, got, tc.want)
		}
	}
	// a key best's sentence lacks asks nothing of the other's
	partial := &candidate{covered: map[string]float64{"guard": 1, "held": 1}}
	if !saysAsBest(keys, partial, &candidate{covered: map[string]float64{"guard": 1, "held": 0.5}}) {
		t.Error("a key best lacks counted against the other sentence")
	}
}
