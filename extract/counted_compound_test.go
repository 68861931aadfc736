package extract

import (
	"strings"
	"testing"
)

// A counted thing no story names but a compound of the stories ends on
// ("blocks" of "cellblocks") is counted by that compound's number; a word
// the stories use as it is, or a compound outside a count, lends nothing.
func TestCountedCompound(t *testing.T) {
	const prison = "Soldiers retook a prison. Using controlled detonations, they gained access to three cellblocks at the Penitenciaria del Litoral. Clashes between gangs began on Saturday, and 31 people died.\n"
	stories := map[string]string{"a.txt": prison}
	if got := askOf(t, stories, "they got inside how many blocks").Text; !strings.Contains(got, "three cellblocks") {
		t.Errorf("how many blocks: %q, want the cellblocks sentence", got)
	}
	if got := askOf(t, stories, "how many blocks of flats were hit").Text; strings.Contains(got, "three cellblocks") && !strings.Contains(got, "closest") {
		t.Errorf("blocks of flats: %q answered with the cellblocks", got)
	}
}
