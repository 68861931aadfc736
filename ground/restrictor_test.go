package ground

import (
	"strings"
	"testing"
)

// Leaving out what narrows a universal or a superlative widens the claim:
// "every shift" of "every night shift", "the most dangerous" of "one of
// the most dangerous". Keeping it, or a passage that says the wide form
// too, passes.
func TestRestrictorLeftOut(t *testing.T) {
	const st = " date 2023-08-03 STORY: Port.\n\n" +
		"The union wants two extra safety inspectors on every night shift. " +
		"The Litoral is one of the most dangerous prisons in Ecuador. Guards check every cell.\n"
	for _, tt := range []struct{ claim, want string }{
		{`The union wants two extra safety inspectors on every shift [1].`, `not of every shift`},
		{`The union wants two extra safety inspectors on every night shift [1].`, ""},
		{`The Litoral is the most dangerous prison in Ecuador [1].`, `"one of the most dangerous"`},
		{`The Litoral is one of the most dangerous prisons in Ecuador [1].`, ""},
		{`Guards check every cell [1].`, ""},
	} {
		if got := droppedFor(verdictOn(t, st, tt.claim)); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}
