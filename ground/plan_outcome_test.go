package ground

import (
	"strings"
	"testing"
)

// A plan or a condition is no outcome: "published" where the authority
// "would publish", "has agreed" where the strike lasts "until the
// operator agreed". A passive, an adjective ("the updated list") or a
// claim that keeps the plan states no outcome.
func TestPlanIsNoOutcome(t *testing.T) {
	const st = " date 2023-08-03 STORY: Port.\n\n" +
		"The prison authority said it would publish an updated list of transferred inmates on Thursday. " +
		"The union said the strike would continue until the operator agreed to a pay rise.\n"
	for _, tt := range []struct{ claim, want string }{
		{`The prison authority published an updated list of transferred inmates on Thursday [1].`, `"publish" only as a plan`},
		{`The operator has since agreed to a pay rise [1].`, `"agree" only as a plan`},
		{`The prison authority said it would publish an updated list of transferred inmates on Thursday [1].`, ""},
		{`The updated list of transferred inmates is due on Thursday, the prison authority said [1].`, ""},
		{`The strike will continue until the operator agreed to a pay rise [1].`, ""},
	} {
		if got := droppedFor(verdictOn(t, st, tt.claim)); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}
