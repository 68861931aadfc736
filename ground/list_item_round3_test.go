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
		// two items the passage lacks side by side, in a longer list
		{`Police seized automatic weapons, ammunition, grenades and explosives from inside the prison [1].`, `listed item "grenades"`},
		{`Police seized automatic weapons, ammunition, knives and grenades from inside the prison [1].`, `listed item "grenades"`},
		{`Police seized grenades, explosives, automatic weapons and ammunition from inside the prison [1].`, `listed item "grenades"`},
		// the closing item of two words read by its plural noun
		{`Police seized automatic weapons, ammunition and hand grenades from inside the prison [1].`, `listed item "grenades"`},
		// a longer list the passage holds whole, or with an item it names elsewhere
		{`Footage showed automatic weapons, ammunition and knives seized from inside the prison [1].`, ""},
		{`Soldiers, police officers and guards seized automatic weapons and ammunition from inside the prison [1].`, ""},
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

// A list as long as the passage's swaps an item for a word of its own
// (the share weighs it), and an item giving examples of the one before
// it opens no list: neither is an item added.
func TestInventedListItemLonger(t *testing.T) {
	const st = " date 2023-07-26 STORY: Roast.\n\n" +
		"Season the outside of the roast with salt, pepper and any seasonings you desire. " +
		"Technicians are paid wages or commission.\n"
	for _, tt := range []struct{ claim, want string }{
		{`Season the outside of the roast with salt, pepper and desired herbs [1].`, ""},
		{`Season the outside of the roast with salt, pepper, seasonings and herbs [1].`, `listed item "herbs"`},
		{`Technicians are paid in various ways, including wages or commission [1].`, ""},
		{`Technicians are paid wages, commission, bonuses or tips [1].`, `listed item "bonuses"`},
	} {
		if got := droppedFor(verdictOn(t, st, tt.claim)); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}
