package extract

import (
	"testing"

	"github.com/storybot-dev/storybot/question"
)

// Bug: candidates skips a sentence whose byte span (text.Span, offsets in
// its own story) equals one already seen in another story: the "seen" set
// meant for overlapping chunks of one story is not keyed by source, so
// Trace (and the answer) never weighs the second story's sentence.
func TestSameSpanInTwoStoriesBothCandidates(t *testing.T) {
	ix := edgeIndex(t, map[string]string{
		"a.txt": "Guards recaptured 31 inmates on Monday.",
		"b.txt": "Police recaptured 12 inmates on Friday.",
		"c.txt": "Rain flooded the coast.",
	})
	q := "how many inmates did guards recapture"
	tr := Trace(ix, &question.Vocabulary{}, q, "", passagesOf(t, ix, q))
	found := false
	for _, c := range tr {
		if c.Text == "Police recaptured 12 inmates on Friday." {
			found = true
		}
	}
	if !found {
		t.Errorf("b.txt's sentence is no candidate: %+v", tr)
	}
}
