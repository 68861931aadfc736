package ground

import (
	"strings"
	"testing"
)

// A claim denying that a thing happened ("No prisoners escaped") states
// a fact: when no cited passage speaks of it at all, the denial is the
// model's, as is one whose terms the passage holds only apart (no
// sentence two of them). A denial the passage makes too ("Nobody was
// hurt" for "No prisoners were hurt"), and talk of what is reported, are
// not this rule's; a semicolon ends the denial.
func TestDeniedButUnsaid(t *testing.T) {
	const st = " date 2023-07-26 STORY: Prison.\n\n" +
		"Using controlled detonations, the forces gained access to three cellblocks of the prison. " +
		"Nobody was hurt in the operation.\n"
	for _, tt := range []struct{ claim, want string }{
		{`No prisoners escaped; the forces gained access to three cellblocks [1].`, `denies "prisoners"`},
		{`The forces gained access to three cellblocks of the prison [1].`, ""},
		{`No prisoners were hurt; the forces gained access to three cellblocks [1].`, ""},
		{`No escape from the three cellblocks of the prison by the forces is reported [1].`, ""},
		// the denial's terms are in the passage, but never together
		{`No prisoners escaped the forces, who gained access to three cellblocks [1].`, `denies "prisoner escap forc"`},
		{`The forces never retreated and gained access to three cellblocks of the prison [1].`, ""},
		{`No escape by prisoners is reported, though the forces gained access to three cellblocks of the prison [1].`, ""},
	} {
		if got := droppedFor(verdictOn(t, st, tt.claim)); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}
