package ground

import (
	"strings"
	"testing"
)

// A table row whose count is a percentage is read count first too ("| Ships
// waiting | 40 percent |": 40 percent ships waiting), so the number stays
// with its noun; a label that holds a number of its own ("Staffers held
// with 2 guards") is no label of a count and is read as written.
func TestCountRowEdgesReview8(t *testing.T) {
	const ships = " date 2023-07-26 STORY: Port.\n\nAbout 40 percent of dockworkers joined the strike. 12 ships waited outside the port.\n"
	const prison = " date 2023-07-26 STORY: Prison.\n\nIn Esmeraldas, 15 prison guards and 2 other staffers were held hostage.\n"
	const head = "| Fact | Figure | Source |\n|---|---|---|\n"
	for _, tt := range []struct{ st, asked, row, want string }{
		{ships, "How many ships waited?", "| Ships waiting | 12 | [1] |", ""},
		{ships, "How many ships waited?", "| Ships waiting | 40 percent | [1] |", `number "40" is said of "percent" in the passage, not of "ships"`},
		{prison, "How many staffers were held?", "| Staffers held with 2 guards | 15 | [1] |", `number "2"`},
	} {
		v := verdictWith(t, tt.st, tt.asked, head+tt.row)
		if got := droppedFor(v); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.row, got, tt.want)
		}
	}
}
