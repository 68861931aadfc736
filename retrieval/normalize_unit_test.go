package retrieval

import (
	"math"
	"testing"
)

// A vector a little longer than unit length is normalized, not taken as
// already unit.
func TestNormalizeNearlyUnit(t *testing.T) {
	got := normalize([]float32{1.0004, 0})
	if math.Abs(float64(got[0])-1) > 1e-6 || got[1] != 0 {
		t.Errorf("normalize([1.0004 0]) = %v, want [1 0]", got)
	}
	unit := []float32{0.6, 0.8}
	if got := normalize(unit); got[0] != 0.6 || got[1] != 0.8 {
		t.Errorf("normalize of a unit vector = %v, want it unchanged", got)
	}
}
