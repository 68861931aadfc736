package extract

import (
	"os"
	"slices"
	"strings"
	"testing"
)

// "who runs the prisons" asks for the head of the prisons: the sentence
// naming the prison authority's general director answers it, and the
// running ("runs", "guy in charge of") is no topic word a sentence must
// hold. A who question about running away keeps its words.
func TestWhoRunsIt(t *testing.T) {
	seed, err := os.ReadFile("../testdata/news/000_ed2ba48890825abd.txt")
	if err != nil {
		t.Fatal(err)
	}
	one := map[string]string{"000.txt": string(seed)}
	for _, q := range []string{"who runs the prisons in ecuador", "who is the guy in charge of the prisons down there"} {
		if a := askOf(t, one, q); a.Abstained || !strings.HasPrefix(a.Text, "Guillermo Rodriguez is the general director") {
			t.Errorf("%q: %q, want the general director", q, a.Text)
		}
	}
	ix := edgeIndex(t, one)
	if keys := keyTermsOf(ix, "who runs the prisons in ecuador"); slices.Contains(keys, "run") || !slices.Contains(keys, "prison") {
		t.Errorf("who runs the prisons: keys %q, want prison and not run", keys)
	}
	if keys := keyTermsOf(ix, "who ran away from the prison"); !slices.Contains(keys, "ran") && !slices.Contains(keys, "run") {
		t.Errorf("who ran away from the prison: keys %q, want the running kept", keys)
	}
}
