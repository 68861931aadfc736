package ground

import (
	"strings"
	"testing"
)

// Each pair of the opposite-word table reverses its anchor sentence: a
// claim with one word where the sentence has the other (and not the
// claim's word) says the opposite; the sentence's own word passes.
func TestOppositePairsReview3(t *testing.T) {
	for _, tt := range []struct{ passage, claim, want string }{
		{"Food prices at the port market rose sharply in March.", "Food prices at the port market fell sharply in March [1].", `says "fell" where the passage says "rose"`},
		{"Food prices at the port market fell sharply in March.", "Food prices at the port market rose sharply in March [1].", `says "rose" where the passage says "fell"`},
		{"Food prices at the port market rose sharply in March.", "Food prices at the port market rose sharply in March [1].", ""},
		// both verbs are in the passage (the outcome rule is met): the
		// anchor sentence has the other one
		{"The city council approved the port budget on Tuesday. In May it rejected a road plan.", "The city council rejected the port budget on Tuesday [1].", `says "rejected" where the passage says "approved"`},
		{"The city council rejected the port budget on Tuesday. In May it approved a road plan.", "The city council approved the port budget on Tuesday [1].", `says "approved" where the passage says "rejected"`},
		{"A judge ruled that the port strike was legal.", "A judge ruled that the port strike was illegal [1].", `says "illegal" where the passage says "legal"`},
		{"A judge ruled that the port strike was illegal.", "A judge ruled that the port strike was legal [1].", `says "legal" where the passage says "illegal"`},
		{"A jury acquitted the port manager of fraud on Friday. His deputy was convicted in May.", "A jury convicted the port manager of fraud on Friday [1].", `says "convicted" where the passage says "acquitted"`},
		{"A jury acquitted the port manager of fraud on Friday.", "A jury acquitted the port manager of fraud on Friday [1].", ""},
	} {
		st := " date 2023-08-03 STORY: Port.\n\n" + tt.passage + "\n"
		if got := droppedFor(verdictOn(t, st, tt.claim)); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q on %q: reason %q, want %q", tt.claim, tt.passage, got, tt.want)
		}
	}
}
