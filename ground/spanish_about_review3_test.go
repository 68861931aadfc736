package ground

import (
	"errors"
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/story"
	"github.com/storybot-dev/storybot/text"
)

// Each Spanish rounding before a number ("alrededor de", "unos") reads
// "about", so a Spanish answer that keeps the passage's rounding is not
// read as stating the count flat.
func TestSpanishRoundingWordsReview3(t *testing.T) {
	if _, err := text.LoadSpanish(); errors.Is(err, text.ErrSpanishMissing) {
		t.Skipf("skipped: %v", err)
	}
	const st = " date 2023-07-27 STORY: Families.\n\n" +
		"Volunteers from a local church handed out water, bread and blankets to about 200 families. " +
		"About 300 soldiers entered the prison at dawn.\n"
	s := story.Parse("s.txt", st)
	ps := passagesWith(&s, story.ChunkOptions{MaxSentences: 6, MaxBytes: 1000})
	for _, tt := range []struct{ asked, claim, want string }{
		{"¿Qué repartieron los voluntarios?", "Los voluntarios repartieron agua, pan y mantas a alrededor de 200 familias [1].", ""},
		{"¿Cuántos soldados entraron?", "Unos 300 soldados entraron en la cárcel [1].", ""},
		// the rounding dropped: the precision rule's case
		{"¿Cuántos soldados entraron?", "300 soldados entraron en la cárcel [1].", "rounded figure"},
	} {
		v := checkClaims(splitClaims(tt.claim, len(ps)), tt.asked, ps, evidenceOf(ps))
		if got := droppedFor(v); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q asked %q: reason %q, want %q", tt.claim, tt.asked, got, tt.want)
		}
	}
}
