package question

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/internal/testindex"
)

// Review of exactlyStress: "exactly" right after a question word is stress
// and read as the question without it; elsewhere it stays.
func TestReview33Exactly(t *testing.T) {
	var rd Reader
	ix := testindex.Seed(t)
	for _, tt := range []struct{ q, as string }{
		// "where exactly" only presses for the place
		{"where exactly is the prison, which city", "where is the prison, which city"},
		// "who exactly" presses for the person
		{"who exactly runs the prisons", "who runs the prisons"},
		// capitals do not change the stress
		{"What EXACTLY did police find", "What did police find"},
	} {
		if got, want := rd.Read(ix, tt.q), rd.Read(ix, tt.as); got != want {
			t.Errorf("Read(%q) = %q, want it read as %q (%q)", tt.q, got, tt.as, want)
		}
	}
	for _, q := range []string{
		// after "how many" it asks a precise figure the story may not give
		"how many exactly died",
		// debatable: "where" is a relative word here and "exactly 31" qualifies a number, not stress on a question word
		"was it the riot where exactly 31 people died",
	} {
		if got := rd.Read(ix, q); !strings.Contains(got, "exactly") {
			t.Errorf("Read(%q) = %q, want its \"exactly\" kept", q, got)
		}
	}
}
