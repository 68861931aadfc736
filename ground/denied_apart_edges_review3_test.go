package ground

import (
	"strings"
	"testing"
)

// The apart check counts the denial's terms, not its numbers: "None of
// the 15 guards was hurt" joins guards and hurt, which the passage
// never says together (a civilian was hurt); a sentence with "15
// guards" is no sentence of the denial's two terms.
func TestDeniedApartNumbersReview3(t *testing.T) {
	const st = " date 2023-07-27 STORY: Esmeraldas.\n\n" +
		"In Esmeraldas, 15 prison guards were held hostage at a local jail. " +
		"A civilian was hurt in a Molotov cocktail attack on the attorney general's office.\n"
	for _, tt := range []struct{ claim, want string }{
		{`In Esmeraldas, 15 prison guards were held hostage at a local jail; none of the 15 guards was hurt [1].`, "negation"},
		{`In Esmeraldas, 15 prison guards were held hostage at a local jail [1].`, ""},
	} {
		if got := droppedFor(verdictOn(t, st, tt.claim)); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}
