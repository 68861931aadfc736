package ground

import (
	"strings"
	"testing"
)

// A number the passage gives to another noun in a sentence that names
// the claim's noun too ("40 injuries among dockworkers") may be said of
// it: it is not moved.
func TestNumberBesideTheClaimsNounReview3(t *testing.T) {
	const st = " date 2023-08-03 STORY: Port.\n\n" +
		"A report found 40 injuries among dockworkers at the port last year.\n"
	for _, tt := range []struct{ claim, want string }{
		{`The report found 40 dockworkers suffered injuries at the port last year [1].`, ""},
		{`The report found 40 injuries among dockworkers at the port last year [1].`, ""},
	} {
		if got := droppedFor(verdictOn(t, st, tt.claim)); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}
