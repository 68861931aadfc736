package question

import (
	"slices"
	"testing"
)

// A yes/no question opening on a negated verb asks to confirm, and denies
// nothing; a negation inside the question is still one. A yes/no
// question's numbers are read.
func TestFormNegatedOpening(t *testing.T) {
	for _, c := range []struct {
		q              string
		yesNo, negated bool
		nums           []string
	}{
		{"wasn't the death toll 31?", true, false, []string{"31"}},
		{"was not the emergency only thirty days", true, false, []string{"30"}},
		{"didnt they declare an emergency", true, false, nil},
		{"was the toll not 31?", true, true, []string{"31"}},
		{"did no guards die?", true, false, nil},
		{"which gang did not take part", false, true, nil},
		{"is not voting punished with a fine?", true, true, nil},    // a spelt-out "not" before no subject denies
		{"i read the news. wasn't the toll 31?", false, false, nil}, // (yes/no is read from the message's start)
		{"couldn't the guards have stopped it?", true, false, nil},
	} {
		f := FormOf(c.q)
		if f.YesNo != c.yesNo || f.Negated != c.negated || !slices.Equal(f.Numbers, c.nums) {
			t.Errorf("FormOf(%q) = yes/no %v, negated %v, numbers %v; want %v, %v, %v", c.q, f.YesNo, f.Negated, f.Numbers, c.yesNo, c.negated, c.nums)
		}
	}
}
