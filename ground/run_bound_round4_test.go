package ground

import (
	"strings"
	"testing"
)

// The binding rule reads "seven consecutive NBA Finals" as the run the
// passage counts with "the seventh consecutive year", not a count it
// gives the finals' other number ("three NBA championships"). A count of
// the same noun with no run ("seven NBA championships") is still bound.
func TestRunOfOrdinalIsNoMovedCount(t *testing.T) {
	const st = " date 2023-11-22 STORY: Jones.\n\n" +
		"In 2017, he reached the NBA Finals for the seventh consecutive year and won three NBA championships. " +
		"He had 7 assists in the last game.\n"
	for _, tt := range []struct{ claim, want string }{
		{`He reached seven consecutive NBA Finals [1].`, ""},
		{`He won seven NBA championships [1].`, `number "7" is not said of "nba"`},
		{`He won three NBA championships [1].`, ""},
	} {
		if got := droppedFor(verdictOn(t, st, tt.claim)); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}
