package extract

import (
	"strings"
	"testing"
)

// A counted thing no story names but WordNet gives as the wider word for
// one of the stories' ("blocks" of "cellblocks") is counted by that word's
// number; a word only spelled alike lends nothing ("acres" of "massacre").
func TestCountedNarrower(t *testing.T) {
	const prison = "Soldiers retook a prison. Using controlled detonations, they gained access to three cellblocks at the Penitenciaria del Litoral. Clashes between gangs began on Saturday, and 31 people died.\n"
	stories := map[string]string{"a.txt": prison}
	if got := askOf(t, stories, "they got inside how many blocks").Text; !strings.Contains(got, "three cellblocks") {
		t.Errorf("how many blocks: %q, want the cellblocks sentence", got)
	}
	massacre := map[string]string{"a.txt": "A massacre in the prison left 56 dead in 2017. The complex holds 1,200 inmates.\n"}
	if got := askOf(t, massacre, "how many acres is the complex").Text; strings.Contains(got, "56 dead") && !strings.Contains(got, "closest") {
		t.Errorf("how many acres: %q answered with the massacre", got)
	}
}
