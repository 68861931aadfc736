package ground

import (
	"strings"
	"testing"
)

// A count of a hundred or more of a thing the passage gives only rounded
// ("about 200 families") is an estimate: stated flat ("200 families") it
// claims a precision the passage doesn't give. A rounding kept (in any
// words), a small number, or the number with another noun passes.
func TestRoundedCountStatedFlat(t *testing.T) {
	const st = " date 2023-07-27 STORY: Families.\n\n" +
		"Volunteers handed out water, bread and blankets to about 200 families. " +
		"Relatives waited for about 20 hours outside the prison.\n"
	for _, tt := range []struct{ claim, want string }{
		{`Volunteers handed out water, bread and blankets to 200 families [1].`, `precision: the passage gives 200 only as a rounded figure, the claim states it flat`},
		{`Volunteers handed out water, bread and blankets to about 200 families [1].`, ""},
		{`Volunteers handed out water, bread and blankets to roughly 200 families [1].`, ""},
		{`Relatives waited for 20 hours outside the prison [1].`, ""},
		{`Volunteers handed out water, bread and blankets, 200 in all [1].`, ""},
	} {
		if got := droppedFor(verdictOn(t, st, tt.claim)); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}
