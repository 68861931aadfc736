package ground

import (
	"strings"
	"testing"
)

// An item the passage lists first ("weapons and ammunition") is a list
// item as one listed last is: a claim joining a new item to it has
// invented that item.
func TestInventedItemAfterFirstListedReview3(t *testing.T) {
	const st = " date 2023-07-26 STORY: Prison.\n\n" +
		"Footage released by police showed automatic weapons and ammunition seized from inside the prison.\n"
	for _, tt := range []struct{ claim, want string }{
		{`Police seized automatic weapons and explosives from inside the prison [1].`, `listed item "explosives"`},
		{`Police seized automatic weapons and ammunition from inside the prison [1].`, ""},
	} {
		if got := droppedFor(verdictOn(t, st, tt.claim)); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}
