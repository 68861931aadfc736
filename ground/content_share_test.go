package ground

import (
	"strings"
	"testing"
)

// A claim passes when its cited passage holds MinContentShare of its
// content words: five of nine (0.56) pass, five of ten (0.5) do not.
func TestContentShareEdge(t *testing.T) {
	const st = " date 2023-07-26 STORY: Harbour.\n\n" +
		"Crews repaired the old stone bridge near the harbour in June.\n"
	for _, tt := range []struct{ claim, want string }{
		{"Crews repaired the old stone bridge with fresh golden painted timbers [1].", ""},
		{"Crews repaired the old stone bridge with fresh golden painted timbers and ropes [1].", `words "fresh golden paint timber rope"`},
	} {
		if got := droppedFor(verdictOn(t, st, tt.claim)); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}
