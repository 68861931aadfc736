package bot_test

import (
	"strings"
	"testing"
)

// A statement followed by a question of its own asking whether it holds,
// pointing back at it ("... 50 dead. Is it accurate to say that?"), is
// asked as the statement with a plain tag, and read_as shows that
// statement: the story's toll (31) answers. A back-pointing question
// after a statement the story does not settle is still refused, and a
// question before it ("How many died? Is that the number?") is no
// statement to confirm.
func TestStatementThenConfirmation(t *testing.T) {
	b, c := seedBot(t)
	for _, tc := range []struct{ q, want, readAs string }{
		{"One of my students wrote that the riot left 50 dead. Is it accurate to say that, or is that figure wrong?", "31", "One of my students wrote that the riot left 50 dead, is that right?"},
		{"On the radio they said 18 dead. It is not correct?", "31", "On the radio they said 18 dead, is that right?"},
	} {
		a := ask(t, b, tc.q)
		checkContract(t, []*corpus{c}, a)
		if a.Abstained || !strings.Contains(a.Text, tc.want) || !strings.HasPrefix(a.ReadAs, tc.readAs) {
			t.Errorf("%q: %q (read as %q), want an answer with %q read as %q", tc.q, a.Text, a.ReadAs, tc.want, tc.readAs)
		}
		if a.Question != tc.q {
			t.Errorf("%q: the answer's question is %q", tc.q, a.Question)
		}
	}
	seedRefuses(t, b, c, "A friend told me 100 inmates escaped during the riot. Is that right?")
}
