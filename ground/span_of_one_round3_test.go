package ground

import (
	"strings"
	"testing"
)

// "A week" after "than", "for", "lasted" ... is one week: "two weeks" is
// another number said of the same noun. "A day" as a rate ("12,000
// containers a day") or after other words is no number.
func TestSpanOfOneUnit(t *testing.T) {
	const st = " date 2023-08-03 STORY: Port.\n\n" +
		"Exporters warned that cherries could rot if the stoppage lasted more than a week. " +
		"The walkout halted about 12,000 containers a day. A previous strike lasted 11 days. The union wants two extra safety inspectors.\n"
	for _, tt := range []struct{ claim, want string }{
		{`Exporters fear cherries could rot if the stoppage lasts more than a week [1].`, ""},
		{`Exporters fear cherries could rot if the stoppage lasts more than two weeks [1].`, `number "2" is not said of "week"`},
		{`The walkout halted about 12,000 containers a day [1].`, ""},
		// a rate, not a span: "a day" is no number against "11 days"
		{`A previous strike lasted 11 days, halting about 12,000 containers a day [1].`, ""},
	} {
		if got := droppedFor(verdictOn(t, st, tt.claim)); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
	// a rate where the passage counts days otherwise
	const rate = " date 2023-08-03 STORY: Port.\n\nThe walkout halted about 12,000 containers each day. A previous strike lasted 11 days.\n"
	if got := droppedFor(verdictOn(t, rate, `The walkout halted about 12,000 containers a day [1].`)); got != "" {
		t.Errorf("a rate read as a span: dropped: %s", got)
	}
}
