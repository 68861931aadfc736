package ground

import (
	"strings"
	"testing"
)

// The sum half of the date rule (9d46a06): a total the claim gives is the
// sum of two numbers the passage's text gives, not of one of them and a
// number of the story's date. On 8 August, "4 guards" makes no total of 12.
func TestSumNotOfTheDate(t *testing.T) {
	const dated = " date 2023-08-08 STORY: Riot.\n\n" +
		"Four hours into the riot, 4 guards were hurt. Inmates set mattresses on fire.\n"
	const both = " date 2023-08-08 STORY: Riot.\n\n" +
		"Four hours into the riot, 4 guards and 8 inmates were hurt. Inmates set mattresses on fire.\n"
	for _, tt := range []struct{ st, claim, want string }{
		// just outside: 12 = 4 (text) + 8 (the date's month)
		{dated, `In total 12 were hurt in the riot [1].`, `number "12"`},
		// just inside: both addends are the text's
		{both, `In total 12 were hurt in the riot [1].`, ""},
		// and without "total", when the claim gives both addends
		{both, `12 were hurt in the riot: 4 guards and 8 inmates [1].`, ""},
		// a sum whose addends the claim names but the text lacks one of
		{dated, `12 were hurt in the riot: 4 guards and 8 inmates [1].`, `number "12"`},
	} {
		if got := droppedFor(verdictOn(t, tt.st, tt.claim)); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}
