package ground

import (
	"strings"
	"testing"
)

// A straight double quote after a fraction ("1/4\"") or after a number and
// before a measure word ("12\" wide") is an inch mark: it opens no
// quotation for the quote rule to find. A quotation ending in a number
// ("the toll is 31") is still one.
func TestInchMarkIsNoQuote(t *testing.T) {
	const st = " date 2023-11-22 STORY: Sewing.\n\n" +
		"Pin the zipper gusset to the zipper about 1/4\" away from the center. " +
		"The width of the zipper between the gussets should measure 1/2\". Cut a 12\" wide strip of lining and a 4\" wide band. The seam is 1/4\" and the hem 1/2\".\n"
	for _, tt := range []struct{ claim, want string }{
		{`Pin the zipper gusset about 1/4" away from the center; the zipper between the gussets should measure 1/2" [1].`, ""},
		{`Cut a 4" wide band and a 12" wide strip of lining [1].`, ""},
		{`The hem is 1/2" and the seam 1/4" [1].`, ""},
		{`The guide says "the width should measure 31" [1].`, "quotation"},
	} {
		if got := droppedFor(verdictOn(t, st, tt.claim)); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}
