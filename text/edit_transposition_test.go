package text

import "testing"

// A transposition counts as one edit only when the two letters really
// swap places: "aab" and "abc" are two edits apart, not one.
func TestEditDistanceTranspositionNeedsBothLetters(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want int
	}{
		{"aab", "abc", 2},
		{"aac", "acb", 2},
		{"abc", "acb", 1},
	} {
		if got := EditDistance(c.a, c.b, 3); got != c.want {
			t.Errorf("EditDistance(%q, %q) = %d, want %d", c.a, c.b, got, c.want)
		}
	}
}
