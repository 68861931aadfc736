package ground

import (
	"strings"
	"testing"
)

// A scraped passage may run a number into the next sentence ("spent
// £2,980,815,The Lib Dems", "on 17 March 2017.It was announced"): the
// number is still the passage's. The thousands commas of a number stay
// (a comma before a digit is no missing space).
func TestGluedNumber(t *testing.T) {
	const st = " date 2023-07-26 STORY: Spending.\n\n" +
		"UKIP spent £2,956,737, while the Tories spent £2,980,815,The Lib Dems spent £1,580,575. " +
		"The film will be released in US cinemas on 17 March 2017.It was announced in January.\n"
	for _, tt := range []struct{ claim, want string }{
		{`The Tories spent £2,980,815 [1].`, ""},
		{`The film will be released in US cinemas on 17 March 2017 [1].`, ""},
		{`The Tories spent £2,980,816 [1].`, `number "2980816"`},
		{`The Tories spent £980,815 [1].`, `number "980815"`},
		{`The film will be released in US cinemas on 17 March 2018 [1].`, `number "2018"`},
	} {
		if got := droppedFor(verdictOn(t, st, tt.claim)); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}
