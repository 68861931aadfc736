package ground

import (
	"strings"
	"testing"
)

// "for a week", "for a month", "for an hour" are one of the unit, as
// "more than a week" is: "two" of the same unit is another number.
func TestSpanOfOneLeadsReview3(t *testing.T) {
	const st = " date 2023-08-03 STORY: Port.\n\n" +
		"The north terminal was closed for a week in March. " +
		"The south terminal was shut for a month last year. " +
		"Cranes stood idle for an hour on Monday. " +
		"The union wants two extra safety inspectors.\n"
	for _, tt := range []struct{ claim, want string }{
		{`The north terminal was closed for a week in March [1].`, ""},
		{`The north terminal was closed for two weeks in March [1].`, `number "2" is not said of "week"`},
		{`The south terminal was shut for a month last year [1].`, ""},
		{`The south terminal was shut for two months last year [1].`, `number "2" is not said of "month"`},
		{`Cranes stood idle for two hours on Monday [1].`, `number "2" is not said of "hour"`},
	} {
		if got := droppedFor(verdictOn(t, st, tt.claim)); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}
