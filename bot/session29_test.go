package bot_test

import (
	"strings"
	"testing"
)

// A statement asked to be confirmed that the story doesn't settle as
// typed gets what the story says of its slot, never "Yes:", and read_as
// shows the reading: the day the fighting began ("Monday" typed,
// "Saturday" told), the toll (50 typed, 31 told), the city (Quito typed,
// Guayaquil told). A confirmation whose slot the story never tells is
// still refused: it says nothing of inmates escaping.
func TestPremiseSlotAnswered(t *testing.T) {
	b, c := seedBot(t)
	for _, tc := range []struct{ q, want, readAs string }{
		{"fighting start Monday right?", "Saturday", "when fighting start"},
		{"my colleague say 50 ppl die sia, betul ka?", "31", "how many"},
		{"the prison is in quito right?", "Guayaquil", "where the prison is"},
	} {
		a := ask(t, b, tc.q)
		checkContract(t, []*corpus{c}, a)
		if a.Abstained || !strings.Contains(a.Text, tc.want) || strings.HasPrefix(a.Text, "Yes") || !strings.HasPrefix(a.ReadAs, tc.readAs) {
			t.Errorf("%q: %q (read as %q), want an answer with %q read as %q…", tc.q, a.Text, a.ReadAs, tc.want, tc.readAs)
		}
		if a.Question != tc.q {
			t.Errorf("%q: the answer's question is %q", tc.q, a.Question)
		}
	}
	seedRefuses(t, b, c, "100 inmates escaped during the riot, is that right?")
}
