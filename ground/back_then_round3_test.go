package ground

import (
	"strings"
	"testing"
)

// The "back" of an aside placing a time in the past (", back in 2021")
// is no word to find in the passage; "back" inside the clause is.
func TestBackThenAside(t *testing.T) {
	const st = " date 2023-08-03 STORY: Port.\n\nA previous strike at the port in 2021 lasted 11 days.\n"
	for _, tt := range []struct{ claim, want string }{
		{`Eleven days, back in 2021 [1].`, ""},
		{`Eleven days (back in 2021) [1].`, ""},
		{`The strike lasted 11 days and workers went back in 2021 [1].`, "words"},
	} {
		if got := droppedFor(verdictOn(t, st, tt.claim)); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}
