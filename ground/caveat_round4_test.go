package ground

import (
	"strings"
	"testing"
)

// A caveat a reply closes with (the time "may vary depending on" the
// roast, "consult a professional") states no fact of the passages: the
// content share does not read it. Its numbers and names still count, and
// the same words stated flat ("varies with") are a claim to find.
func TestCaveatIsNoFact(t *testing.T) {
	const st = " date 2023-07-27 STORY: Roast.\n\n" +
		"Roast the pork at 350 degrees for 25 minutes per pound. Let it rest before slicing.\n"
	for _, tt := range []struct{ claim, want string }{
		{`Note that the exact cooking time may vary depending on the size of the roast [1].`, ""},
		{`For detailed instructions, it may be best to consult a professional chef or butcher [1].`, ""},
		{`If the meat is still tough, seek advice from an experienced cook [1].`, ""},
		// just outside: stated flat, no modal
		{`The cooking time varies with the size of the roast and its marinade [1].`, "words"},
		// just outside: a number the passage lacks is still checked
		{`The cooking time may vary by 40 minutes depending on the roast [1].`, `number "40"`},
		// just outside: advice without the one it is sought from
		{`Seek a brine of salt, sugar and garlic overnight [1].`, "words"},
	} {
		if got := droppedFor(verdictOn(t, st, tt.claim)); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}
