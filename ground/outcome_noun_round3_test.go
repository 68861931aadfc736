package ground

import (
	"strings"
	"testing"
)

// An outcome verb is in the passage when a passage word's synonyms hold
// a noun the verb derives: "approved" where members voted "in favour"
// (favour: approval). "rejected" has no such word there.
func TestOutcomeThroughItsNoun(t *testing.T) {
	const st = " date 2023-08-03 STORY: Port.\n\n" +
		"Union president Marta Vergara said members had voted 1,214 to 96 in favour of the stoppage.\n"
	for _, tt := range []struct{ claim, want string }{
		{`The stoppage was approved by members, 1,214 votes to 96 [1].`, ""},
		{`The stoppage was rejected by members, 1,214 votes to 96 [1].`, `outcome "rejected"`},
	} {
		if got := droppedFor(verdictOn(t, st, tt.claim)); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}
