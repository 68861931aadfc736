package ground

import (
	"strings"
	"testing"
)

// A day stays with its verb: "the fighting began on Tuesday" where the
// clashes "began on Saturday" and only the toll was raised on Tuesday.
// When the passage has the verb on the claim's day too, it cannot tell
// which event the claim means, and passes it.
func TestDayStaysWithItsVerb(t *testing.T) {
	const st = " date 2023-07-26 STORY: Prison.\n\n" +
		"Clashes between gangs here began on Saturday. The attorney general on Tuesday raised the death toll to 31.\n"
	for _, tt := range []struct{ claim, want string }{
		{`The fighting began on Tuesday [1].`, `day: the passage says`},
		{`The fighting between gangs began on Saturday [1].`, ""},
		{`The attorney general raised the death toll to 31 on Tuesday [1].`, ""},
	} {
		if got := droppedFor(verdictOn(t, st, tt.claim)); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
	const two = " date 2023-07-26 STORY: Prison.\n\nTalks began on Monday. Clashes between gangs began on Saturday.\n"
	if got := droppedFor(verdictOn(t, two, `The fighting between gangs began on Monday [1].`)); got != "" {
		t.Errorf("the verb on the claim's day too: dropped: %s", got)
	}
}
