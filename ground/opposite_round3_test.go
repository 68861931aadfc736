package ground

import (
	"strings"
	"testing"
)

// A claim word whose opposite its anchor sentence holds, the word itself
// not, says the opposite ("against" for "in favour of", "same" for
// "separate"); a claim holding both words ("for" counting as "in
// favour"), or an anchor holding the claim's word too, does not.
func TestOppositeWord(t *testing.T) {
	const st = " date 2023-08-03 STORY: Port.\n\n" +
		"Union president Marta Vergara said members had voted 1,214 to 96 in favour of the stoppage. " +
		"Two workers were killed in separate accidents at the port in March. " +
		"The same week, the union said the separate talks had failed.\n"
	for _, tt := range []struct{ claim, want string }{
		{`Members voted 1,214 to 96 in favour of the stoppage [1].`, ""},
		{`Members voted 1,214 to 96 against the stoppage [1].`, `opposite: the claim says "against"`},
		// both sides: "for" is the short form of "in favour"
		{`Members voted 1,214 for the stoppage and 96 against it [1].`, ""},
		{`Two workers were killed in separate accidents at the port in March [1].`, ""},
		{`Two workers were killed in the same accident at the port in March [1].`, `opposite: the claim says "same"`},
		{`The same week, the union said the talks had failed [1].`, ""},
	} {
		if got := droppedFor(verdictOn(t, st, tt.claim)); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
	// the claim holds both words
	const two = " date 2023-08-03 STORY: Port.\n\nTwo workers were killed in separate accidents at the port in March.\n"
	if got := droppedFor(verdictOn(t, two, `Two workers were killed at the port in the same month, in separate accidents [1].`)); got != "" {
		t.Errorf("both words: dropped: %s", got)
	}
}
