package ground

import (
	"strings"
	"testing"
)

// A trimmed quote of four words (the fewest) may leave a word out;
// "only" may not be left out (without it the passage says something
// else). A name one letter off a passage's name but with another first
// letter ("Hernandez", "Fernandez") is another name; "Turkish" is the
// demonym of "Turkey".
func TestQuoteAndNameEdgesReview3(t *testing.T) {
	const st = " date 2023-07-26 STORY: Prison.\n\n" +
		"Clashes between gangs here began on Saturday. " +
		"Union leaders said only 96 members voted against the stoppage. " +
		"The prison director, Luis Fernandez, flew in from Turkey on Sunday.\n"
	for _, tt := range []struct{ claim, want string }{
		{`Clashes between gangs began on Saturday [1: "Clashes between gangs began"].`, ""},
		{`Union leaders said 96 members voted against the stoppage [1: "Union leaders said 96 members voted against"].`, "is not in passage 1"},
		{`The prison director, Luis Hernandez, flew in on Sunday [1].`, `name "Hernandez"`},
		{`The prison director, Luis Fernandez, flew in on Sunday [1].`, ""},
		{`The prison director flew in on a Turkish flight on Sunday [1].`, ""},
	} {
		if got := droppedFor(verdictOn(t, st, tt.claim)); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}
