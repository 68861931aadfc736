package ground

import (
	"strings"
	"testing"
)

// The rounded-count rule's edges: a hundred is the smallest count it
// reads as an estimate ("at least 100"), 99 is read as the number; each
// rounding word ("approximately", "some") makes the estimate.
func TestRoundedCountEdgesReview3(t *testing.T) {
	for _, tt := range []struct{ passage, claim, want string }{
		{"Volunteers handed out blankets to about 100 families.", "Volunteers handed out blankets to 100 families [1].", "only as a rounded figure, the claim states it flat"},
		{"Volunteers handed out blankets to about 99 families.", "Volunteers handed out blankets to 99 families [1].", ""},
		{"Volunteers handed out blankets to approximately 200 families.", "Volunteers handed out blankets to 200 families [1].", "only as a rounded figure, the claim states it flat"},
		{"Volunteers handed out blankets to some 200 families.", "Volunteers handed out blankets to 200 families [1].", "only as a rounded figure, the claim states it flat"},
		{"Volunteers handed out blankets to some 200 families.", "Volunteers handed out blankets to some 200 families [1].", ""},
	} {
		st := " date 2023-07-27 STORY: Families.\n\n" + tt.passage + "\n"
		if got := droppedFor(verdictOn(t, st, tt.claim)); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q on %q: reason %q, want %q", tt.claim, tt.passage, got, tt.want)
		}
	}
}
