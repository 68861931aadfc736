package extract

import (
	"slices"
	"strings"
	"testing"
)

// "how they entered inside": the particle after "enter" repeats it and is
// no topic of its own; "inside" elsewhere ("what did they find inside") is.
func TestEnterInsideIsEntering(t *testing.T) {
	const st = "Using controlled detonations, they gained access to three cellblocks at the prison. Footage showed weapons seized from inside the prison."
	ix := edgeIndex(t, map[string]string{"a.txt": st})
	inside := func(q string) bool {
		return slices.ContainsFunc(keyTermsOf(ix, q), func(k string) bool { return strings.HasPrefix(k, "insid") })
	}
	for q, want := range map[string]bool{
		"how they entered inside? they blow up something or what": false,
		"How soldier can enter inside?":                           false,
		"what did they find inside":                               true,
		"what was seized from inside the prison":                  true,
	} {
		if got := inside(q); got != want {
			t.Errorf("%q: key terms %v; inside kept %v, want %v", q, keyTermsOf(ix, q), got, want)
		}
	}
	if a := askOf(t, map[string]string{"a.txt": st}, "How soldier can enter inside?"); a.Abstained || !strings.Contains(a.Text, "controlled detonations") || strings.HasPrefix(a.Text, "I couldn't") {
		t.Errorf("How soldier can enter inside? answered %q", a.Text)
	}
}
