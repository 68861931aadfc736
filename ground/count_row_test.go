package ground

import (
	"strings"
	"testing"
)

// A table row of a label and a count is read as a sentence says it, the
// count before what it counts: "| Staffers held hostage | 15 |" gives 15 to
// the staffers, where the passage gives 15 to the guards.
func TestCountRowKeepsItsNumberWithItsNoun(t *testing.T) {
	const st = " date 2023-07-26 STORY: Prison.\n\n" +
		"The attorney general raised the death toll from 18 to 31. In Esmeraldas, 15 prison guards and 2 other staffers were held hostage. The union wants a 9 percent pay rise and two extra safety inspectors on every night shift.\n"
	for _, tt := range []struct{ row, want string }{
		{"| Death toll | 31 | [1] |", ""},
		{"| Guards held hostage | 15 | [1] |", ""},
		{"| Pay rise | 9 percent | [1] |", ""},
		{"| Staffers held hostage | 15 | [1] |", `number "15"`},
		{"| Extra safety inspectors per night shift | 9 | [1] |", `number "9"`},
	} {
		reply := "| Fact | Figure | Source |\n|---|---|---|\n" + tt.row
		v := verdictOn(t, st, reply)
		if got := droppedFor(v); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.row, got, tt.want)
		}
	}
}
