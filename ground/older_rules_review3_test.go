package ground

import (
	"strings"
	"testing"
)

// Older rules at their word lists' edges: "prevented" denies what it
// governs (a claim denying it agrees); "almost" makes a bound;
// "precisely" insists on a count the passage rounds; "entire" claims
// the whole.
func TestOlderRuleWordsReview3(t *testing.T) {
	for _, tt := range []struct{ passage, claim, want string }{
		{"Guards prevented the prisoners from escaping the prison.", "The prisoners did not escape the prison [1].", ""},
		{"Volunteers handed out blankets to almost 200 families.", "Volunteers handed out blankets to 200 families [1].", "precision: the passage gives 200 only as a bound"},
		{"Volunteers handed out blankets to almost 200 families.", "Volunteers handed out blankets to almost 200 families [1].", ""},
		{"About 12 ships waited at anchor outside the port.", "Precisely 12 ships waited at anchor outside the port [1].", `rounded figure, the claim as "precisely"`},
		{"About 12 ships waited at anchor outside the port.", "12 ships waited at anchor outside the port [1].", ""},
		{"A fire destroyed the kitchen of the prison on Monday.", "A fire destroyed the entire kitchen of the prison on Monday [1].", `quantifier "entire"`},
	} {
		st := " date 2023-08-03 STORY: Port.\n\n" + tt.passage + "\n"
		if got := droppedFor(verdictOn(t, st, tt.claim)); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q on %q: reason %q, want %q", tt.claim, tt.passage, got, tt.want)
		}
	}
}
