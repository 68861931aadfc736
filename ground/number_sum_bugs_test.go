package ground

import (
	"strings"
	"testing"
)

// A total is said of a noun when its parts are: "15 days in total" of
// "11 days" and "4 days". Parts the passage gives another noun ("4
// workers") make no total of days, nor does a number the claim gives as
// no total.
func TestSumOfTheNounsNumbersBugs(t *testing.T) {
	for _, tt := range []struct{ passage, claim, want string }{
		{"A previous strike in 2021 lasted 11 days. A second strike in 2022 lasted 4 days.",
			`The strikes of 2021 and 2022 lasted 15 days altogether [1].`, ""},
		{"A previous strike in 2021 lasted 11 days. It cost 4 workers their jobs.",
			`The strikes lasted 15 days in total [1].`, `number "15" is not said of "day"`},
		{"A previous strike in 2021 lasted 11 days. A second strike in 2022 lasted 4 days.",
			`The strike of 2021 lasted 15 days [1].`, `number "15"`},
	} {
		st := " date 2023-08-03 STORY: Port.\n\n" + tt.passage + "\n"
		got := droppedFor(verdictOn(t, st, tt.claim))
		if (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q on %q: reason %q, want %q", tt.claim, tt.passage, got, tt.want)
		}
	}
}
