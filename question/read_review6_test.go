package question

import "testing"

// Review 6: a capital letter is any script's, not only ASCII's: "Ávila"
// and "Ñuflo" open with capitals, "ávila" does not.
func TestCapitalisedReview6(t *testing.T) {
	for w, want := range map[string]bool{
		"Boko": true, "boko": false, "Ávila": true, "ávila": false,
		"Ñuflo": true, "Ørsted": true, "élan": false, "": false, "9mm": false,
	} {
		if got := capitalised(w); got != want {
			t.Errorf("capitalised(%q) = %v, want %v", w, got, want)
		}
	}
}
