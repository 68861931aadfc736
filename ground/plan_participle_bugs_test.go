package ground

import (
	"strings"
	"testing"
)

// A determiner two words before an "-ed" word makes it an adjective only
// over an adverb ("the newly updated list", "the much updated list"):
// those state no outcome. Over a noun the "-ed" word is the subject's
// verb ("this authority updated"), which the passage has only as a plan.
func TestPlanParticipleAfterDeterminerBugs(t *testing.T) {
	const st = " date 2023-08-03 STORY: Port.\n\n" +
		"The prison authority said it would update the list of transferred inmates on Thursday.\n"
	for _, tt := range []struct {
		claim string
		plan  bool
	}{
		{`This authority updated the list of transferred inmates on Thursday [1].`, true},
		{`The prison authority said the newly updated list of transferred inmates would come on Thursday [1].`, false},
		{`The prison authority said the much updated list of transferred inmates would come on Thursday [1].`, false},
		{`The list of transferred inmates was not updated on Thursday [1].`, false},
	} {
		got := droppedFor(verdictOn(t, st, tt.claim))
		if strings.Contains(got, "only as a plan") != tt.plan {
			t.Errorf("%q: reason %q, want the plan rule %v", tt.claim, got, tt.plan)
		}
	}
}
