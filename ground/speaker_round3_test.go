package ground

import (
	"strings"
	"testing"
)

// A claim that doesn't quote and opens with its speaker ("The prison
// authority said ...") is dropped when the sentences saying what it says
// have a speaker of their own, another; words with no speaker of their
// own are the claim's words to check, not its speaker's.
func TestUnquotedSpeaker(t *testing.T) {
	const st = " date 2023-07-27 STORY: Prison.\n\n" +
		"The prison authority said it would publish an updated list of transferred inmates on Thursday morning. " +
		"A spokesperson for the city council said extra buses would run until midnight to take families home. " +
		"Rodriguez spoke to reporters on Thursday. The operation had been decisive and complied with human rights.\n"
	for _, tt := range []struct{ claim, want string }{
		{`The city council said extra buses would run until midnight [1].`, ""},
		{`The prison authority said extra buses would run until midnight [1].`, `"authority" said is said by another`},
		// half its words in another's sentence: too little to say who said it
		{`The prison authority said families went home to rest [1].`, ""},
		{`The prison authority said it would publish an updated list of inmates [1].`, ""},
		{`Rodriguez said the operation had been decisive and complied with human rights [1].`, ""},
		{`The city council said the operation had been decisive and complied with human rights [1].`, ""},
		{`The city council said it would publish an updated list of inmates [1].`, `"council" said is said by another`},
	} {
		if got := droppedFor(verdictOn(t, st, tt.claim)); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}
