package ground

import (
	"strings"
	"testing"
)

// "back then" and "back in <month>" are asides placing a time in the
// past, as ", back in 2021" is: their "back" is no word to find.
func TestBackThenWordsReview3(t *testing.T) {
	const st = " date 2023-08-03 STORY: Port.\n\nA previous strike at the port in March 2021 lasted 11 days.\n"
	for _, tt := range []struct{ claim, want string }{
		{`Eleven days, back then [1].`, ""},
		{`Eleven days, back in March [1].`, ""},
		{`Eleven days and a way back [1].`, "words"},
	} {
		if got := droppedFor(verdictOn(t, st, tt.claim)); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}
