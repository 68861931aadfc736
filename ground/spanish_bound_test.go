package ground

import (
	"errors"
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/story"
	"github.com/storybot-dev/storybot/text"
)

// The Spanish words that make a number a bound ("más de", "mas de",
// "menos de", "al menos", "casi") read as the English ones, so an answer
// keeping the passage's bound is not read as stating it flat, and one
// dropping it still is.
func TestSpanishBoundWords(t *testing.T) {
	if _, err := text.LoadSpanish(); errors.Is(err, text.ErrSpanishMissing) {
		t.Skipf("skipped: %v", err)
	}
	const st = " date 2023-08-03 STORY: Strike.\n\n" +
		"The walkout left more than forty cargo ships waiting at anchor off the coast.\n"
	s := story.Parse("s.txt", st)
	ps := passagesWith(&s, story.ChunkOptions{MaxSentences: 6, MaxBytes: 1000})
	const asked = "¿cuántos barcos esperan?"
	for _, tt := range []struct{ claim, want string }{
		{"Más de cuarenta barcos de carga esperan anclados frente a la costa [1].", ""},
		{"Mas de cuarenta barcos de carga esperan anclados frente a la costa [1].", ""},
		{"Cuarenta barcos de carga esperan anclados frente a la costa [1].", "only as a bound"},
	} {
		v := checkClaims(splitClaims(tt.claim, len(ps)), asked, ps, evidenceOf(ps))
		if got := droppedFor(v); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}
