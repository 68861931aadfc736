package ground

import (
	"strings"
	"testing"
)

// A number the passage gives only as a bound is not the number; a
// rounded one is read as the number unless the claim insists on it, or
// it is a count of a hundred or more of the same thing stated flat.
func TestNumberBoundIsNoCount(t *testing.T) {
	const st = " date 2023-08-03 STORY: Port.\n\n" +
		"More than forty cargo ships waited at anchor. The walkout halted about 12,000 containers a day. " +
		"The series ran over two seasons. A transistor has at least three terminals. Up to 5 cranes stood idle.\n"
	for _, tt := range []struct{ claim, want string }{
		{`Forty cargo ships waited at anchor [1].`, "only as a bound"},
		{`More than 40 cargo ships waited at anchor [1].`, ""},
		{`Over forty cargo ships waited at anchor [1].`, ""},
		{`Five cranes stood idle [1].`, "only as a bound"},
		// a count of a hundred or more stated flat where the passage
		// rounds it (precision_round3_test.go)
		{`The walkout halted 12,000 containers a day [1].`, "rounded figure"},
		{`The walkout halted exactly 12,000 containers a day [1].`, "rounded figure"},
		{`The walkout halted around 12,000 containers a day [1].`, ""},
		{`The series ran two seasons [1].`, ""},
		{`A transistor has three terminals [1].`, ""},
	} {
		if got := droppedFor(verdictOn(t, st, tt.claim)); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
	// the same number said flat elsewhere is the count
	const flat = " date 2023-08-03 STORY: Port.\n\nMore than forty ships waited. Forty ships waited at anchor.\n"
	if got := droppedFor(verdictOn(t, flat, `Forty ships waited at anchor [1].`)); got != "" {
		t.Errorf("said flat too: dropped: %s", got)
	}
}
