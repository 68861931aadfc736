package ground

import (
	"strings"
	"testing"
)

// Another speaker's sentence: "told" is a verb of saying as "said" is;
// when two sentences say the claim's words equally well and one of them
// is the claim's speaker's own, the claim's speaker said it.
func TestUnquotedSpeakerEdgesReview3(t *testing.T) {
	const told = " date 2023-07-27 STORY: Prison.\n\n" +
		"A spokesperson for the city council told reporters extra buses would run until midnight to take families home.\n"
	const both = " date 2023-07-27 STORY: Prison.\n\n" +
		"A spokesperson for the city council said extra buses would run until midnight. " +
		"The prison authority also said extra buses would run until midnight.\n"
	for _, tt := range []struct{ st, claim, want string }{
		{told, `The prison authority said extra buses would run until midnight [1].`, `"authority" said is said by another`},
		{told, `The city council said extra buses would run until midnight [1].`, ""},
		{both, `The prison authority said extra buses would run until midnight [1].`, ""},
		{both, `The city council said extra buses would run until midnight [1].`, ""},
	} {
		if got := droppedFor(verdictOn(t, tt.st, tt.claim)); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}
