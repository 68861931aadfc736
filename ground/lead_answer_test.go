package ground

import (
	"strings"
	"testing"
)

// A reply's opening short answer without a marker ("**Answer:** Sixty
// days.") takes the markers of what follows it and is checked against
// their passages: kept when they hold it, dropped when they don't. An
// opening sentence ("The toll was raised to 31.") is a claim of its own
// and must cite.
func TestLeadAnswerInheritsTheMarkersAfterIt(t *testing.T) {
	const st = " date 2023-07-26 STORY: Prison.\n\n" +
		"The government announced a 60-day state of emergency for the prisons. Lasso declared a state of emergency in Manabi and Los Rios.\n"
	for _, tt := range []struct{ reply, want string }{
		{"**Answer:** Sixty days.\n\nThe government announced a 60-day state of emergency for the prisons [1].", ""},
		{"**Answer:** Manabi and Los Rios.\n\nLasso declared a state of emergency in Manabi and Los Rios [1].", ""},
		{"**Answer:** Ninety days.\n\nThe government announced a 60-day state of emergency for the prisons [1].", `number "90"`},
		{"Emergency for prisons.\n\nThe government announced a 60-day state of emergency for the prisons [1].", "cites no passage"}, // no number, no name: read as a sentence
		{"The emergency was declared for sixty days.\n\nThe government announced a 60-day state of emergency for the prisons [1].", "cites no passage"},
	} {
		v := verdictOn(t, st, tt.reply)
		if got := droppedFor(v); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.reply, got, tt.want)
		}
	}
}
