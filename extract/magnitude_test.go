package extract

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/internal/testindex"
)

// A magnitude put to the seed story is checked against the sentence that
// counts what it counts ("thousands of heavily armed soldiers"), not one
// that holds the same word of others ("hundreds of prisoners"), and is no
// "Yes:" when the story's magnitude is another.
func TestMagnitudeClaimOnSeed(t *testing.T) {
	ix := testindex.Seed(t)
	for _, c := range []struct{ q, want, not string }{
		{"is it true that only some hundreds of troops went in?", "thousands", "Yes:"},
		{"were thousands of soldiers and police officers there?", "Yes: ", "hundreds"},
	} {
		got := askText(t, ix, c.q)
		if !strings.Contains(got, c.want) || c.not != "" && strings.Contains(got, c.not) {
			t.Errorf("%q = %q, want %q and no %q", c.q, got, c.want, c.not)
		}
	}
}
