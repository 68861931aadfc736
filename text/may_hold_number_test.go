package text

import (
	"strings"
	"testing"
)

// MayHoldNumber never says no where Numbers finds a number: checked on
// every word of the English word list and on number forms.
func TestMayHoldNumberGatesNumbers(t *testing.T) {
	words := strings.Fields(lexWords)
	words = append(words, "31", "1,500", "(12)", "$5.11", "thirty-one", "Twelve", "FORTY", "dozen", "zero", "２３", "one", "hundred", "2023-07-26", "x7")
	n := 0
	for _, w := range words {
		if len(Numbers(w)) > 0 {
			n++
			if !MayHoldNumber(w) {
				t.Errorf("MayHoldNumber(%q) = false, but Numbers finds %q", w, Numbers(w))
			}
		}
	}
	if n < 30 {
		t.Errorf("only %d words with numbers: the check checked little", n)
	}
	// The gate must also shut: words with no number in them.
	for _, w := range []string{"prison", "guards", "someone", "often", "tenth", "hundreds"} {
		if MayHoldNumber(w) {
			t.Errorf("MayHoldNumber(%q) = true for a word with no number", w)
		}
	}
}
