package ground

import (
	"strings"
	"testing"
)

// The order and certainty rules at their edges: "following" is "after",
// so "before" reverses it; the reversed event may stand four words after
// the passage's "after"; "verified that" claims a check the passage
// doesn't tell of.
func TestOrderAndCertaintyEdgesReview3(t *testing.T) {
	for _, tt := range []struct{ passage, claim, want string }{
		{"The strike was called following the collapse of talks over pay.", "The strike was called before the collapse of talks over pay [1].", `says "before", the passage gives the reverse order`},
		{"The strike was called following the collapse of talks over pay.", "The strike was called after the collapse of talks over pay [1].", ""},
		{"The strike was called after the bitter final talks collapsed on Tuesday.", "The strike was called before the talks collapsed on Tuesday [1].", `says "before", the passage gives the reverse order`},
		{"Police said the prisoners escaped through a tunnel.", "Police verified that the prisoners escaped through a tunnel [1].", "modality: the passage does not say it was verified"},
		{"Police verified that the prisoners escaped through a tunnel.", "Police verified that the prisoners escaped through a tunnel [1].", ""},
	} {
		st := " date 2023-08-03 STORY: Port.\n\n" + tt.passage + "\n"
		if got := droppedFor(verdictOn(t, st, tt.claim)); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q on %q: reason %q, want %q", tt.claim, tt.passage, got, tt.want)
		}
	}
}
