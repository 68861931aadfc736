package ground

import (
	"strings"
	"testing"
)

// A synonym lets a passage sentence hold a denied clause ("prisoners"
// for "inmates"), but only a deed it states plainly contradicts it: the
// same people denied, another deed, another people, or a passage that
// denies it too are no contradiction (the unsaid rules may still drop
// a denial the passage never speaks of).
func TestDenialThroughSynonymBugs(t *testing.T) {
	const pre = " date 2023-07-27 STORY: Prison.\n\nSoldiers retook the prison on Tuesday. "
	for _, tt := range []struct{ st, claim, want string }{
		{pre + "Two prisoners were hurt.\n", `Soldiers retook the prison on Tuesday, and no inmates were hurt [1].`, "negation"},
		{pre + "No prisoners were hurt.\n", `Soldiers retook the prison on Tuesday, and no inmates were hurt [1].`, ""},
		{pre + "Two guards were hurt.\n", `Soldiers retook the prison on Tuesday, and no inmates were hurt [1].`, "-"},
		{pre + "Two prisoners were hurt.\n", `Soldiers retook the prison on Tuesday, and no inmates were killed [1].`, "-"},
	} {
		got := droppedFor(verdictOn(t, tt.st, tt.claim))
		switch tt.want {
		case "-":
			if strings.Contains(got, "which the passage states") {
				t.Errorf("%q against %q: reason %q, want no contradiction", tt.claim, tt.st, got)
			}
		case "":
			if got != "" {
				t.Errorf("%q against %q: reason %q, want kept", tt.claim, tt.st, got)
			}
		default:
			if !strings.Contains(got, tt.want) {
				t.Errorf("%q against %q: reason %q, want %q", tt.claim, tt.st, got, tt.want)
			}
		}
	}
}
