package ground

import (
	"strings"
	"testing"
)

// An item added to a list the passage gives is invented, though the
// claim's other words are all there; a list the passage holds, an item
// it names elsewhere or through a synonym, and words that are no plural
// item pass.
func TestInventedListItem(t *testing.T) {
	const st = " date 2023-07-26 STORY: Prison.\n\n" +
		"Footage released by police showed automatic weapons and ammunition seized from inside the prison. " +
		"Using controlled detonations, soldiers gained access to three cellblocks. " +
		"Guards found knives in the kitchen.\n"
	for _, tt := range []struct{ claim, want string }{
		{`Police seized automatic weapons and ammunition from inside the prison [1].`, ""},
		{`Police seized automatic weapons, ammunition and explosives from inside the prison [1].`, `listed item "explosives"`},
		{`Police seized explosives and ammunition from inside the prison [1].`, `listed item "explosives"`},
		// named elsewhere in the passage: no item invented
		{`Police seized automatic weapons, ammunition and knives from inside the prison [1].`, ""},
		// a synonym (WordNet) of an item the passage holds
		{`Police seized automatic weapons and cartridges from inside the prison [1].`, ""},
		// no plural item: a word of another kind is left to the share
		{`Police seized automatic weapons and ammunition and quickly left the prison [1].`, ""},
	} {
		if got := droppedFor(verdictOn(t, st, tt.claim)); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}
