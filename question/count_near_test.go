package question

import "testing"

// A count counts only near its number, on both sides.
func TestCountNearBothSides(t *testing.T) {
	asked := "how many deaths were there?"
	far := "Deaths rose sharply across the region over long weeks until officials finally said 40."
	if CountIn(far, asked) {
		t.Errorf("CountIn(%q) is true with the number far after the counted word", far)
	}
	near := "Officials said 40 deaths were recorded."
	if !CountIn(near, asked) {
		t.Errorf("CountIn(%q) is false", near)
	}
}
