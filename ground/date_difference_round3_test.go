package ground

import (
	"strings"
	"testing"
)

// A number the claim gives may be the difference or sum of two the
// passage's text gives ("rose by 13" for 18 -> 31), not of the story's
// date: on 3 August, "5 %" is no difference of 3 and 8.
func TestDifferenceNotOfTheDate(t *testing.T) {
	const st = " date 2023-08-03 STORY: Port.\n\n" +
		"The union wants a 9 percent pay rise. A previous strike in 2021 lasted 11 days. " +
		"The toll rose from 18 to 31.\n"
	for _, tt := range []struct{ claim, want string }{
		{`The 2021 strike ended with a pay rise of 5 % [1].`, `number "5"`},
		{`The toll rose by 13 [1].`, ""},
		{`The union wants a 9 percent pay rise [1].`, ""},
	} {
		if got := droppedFor(verdictOn(t, st, tt.claim)); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}
