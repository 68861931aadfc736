package ground

import "testing"

// Two small words may stand between the noun and the slot's word ("a
// list of the dead inmates"): the swap is read there as after one.
func TestSlotSwapTwoWordsAway(t *testing.T) {
	const p = "Officials released a list of the transferred inmates on Monday."
	runR7(t, []r7Case{
		{name: "swapped two words away", passages: []string{p}, claim: "Officials released a list of the dead inmates on Monday [1].", want: `words: the claim says "dead" where passage 1 says "transferred"`},
		{name: "the passage's word", passages: []string{p}, claim: "Officials released a list of the transferred inmates on Monday [1].", want: ""},
	})
}
