package ground

import (
	"strings"
	"testing"
)

// An outcome verb read as a state after a linking verb or its object
// ("the traps become lost", "holding them closed") or with "up" ("sign
// up") says no new deed; said as a deed, it must be in the passage.
func TestOutcomeWordAsState(t *testing.T) {
	const st = " date 2023-07-26 STORY: Traps.\n\n" +
		"Old crab traps are abandoned at sea and keep catching crabs for years. " +
		"Members register for a pass online and pay a fee.\n"
	for _, tt := range []struct{ claim, want string }{
		{"Abandoned crab traps that become lost at sea keep catching crabs for years [1].", ""},
		{"Abandoned crab traps were lost at sea and keep catching crabs for years [1].", `outcome "lost"`},
		{"Members sign up for a pass online and pay a fee [1].", ""},
		{"Members sign for a pass online and pay a fee [1].", `outcome "sign"`},
	} {
		if got := droppedFor(verdictOn(t, st, tt.claim)); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}
