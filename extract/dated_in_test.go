package extract

import "testing"

// A month or year of a story's dateline is a word the corpus holds of
// that story: "in july" of a story dated 2023-07-26 is no word the
// stories lack, while another month, or a month of no story, is.
func TestDatedIn(t *testing.T) {
	ix := edgeIndex(t, map[string]string{"riot.txt": riot27, "strike.txt": strike27})
	for _, tc := range []struct {
		term string
		want bool
	}{
		{"july", true}, {"2023", true},
		{"august", false}, {"2022", false}, {"prison", false},
	} {
		if got := datedIn(ix, tc.term); got != tc.want {
			t.Errorf("datedIn(%q) = %v, want %v", tc.term, got, tc.want)
		}
	}
	none := edgeIndex(t, map[string]string{"a.txt": "Floods hit the coast.\n\nRescuers searched houses on Sunday."})
	if datedIn(none, "july") {
		t.Error(`datedIn("july") of a corpus whose story has no date`)
	}
}
