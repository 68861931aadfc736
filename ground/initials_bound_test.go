package ground

import (
	"errors"
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/story"
	"github.com/storybot-dev/storybot/text"
)

// An abbreviation in capitals holds where its letters begin consecutive
// words of a cited sentence ("the AG's office" of "the attorney general's
// office"), not otherwise; a rounding written with a tilde ("~200") is a
// rounding; a bound the passage does not set ("at least 31" of an exact
// 31) is no count it gives.
func TestInitialsTildeAndBounds(t *testing.T) {
	const p = "The attorney general's office said one civilian was hurt in an attack on its office. " +
		"Volunteers handed out blankets to about 200 families. The toll was raised from 18 to 31. " +
		"More than forty ships waited.\n"
	runEdgeCases(t, []edgeCase{
		{"initials", p, "A civilian was hurt in an attack on the AG's office [1].", ""},
		{"other initials", p, "A civilian was hurt in an attack on the AP's office [1].", `name "AP"`},
		{"initials out of order", p, "A civilian was hurt in an attack on the GA's office [1].", `name "GA"`},
		{"a name, not initials", "Guards at a local jail were held hostage.\n", "Guards were held hostage at the jail by Al [1].", `name "Al"`},
		{"a tilde rounding", p, "Volunteers handed out blankets to ~200 families [1].", ""},
		{"the rounding dropped", p, "Volunteers handed out blankets to 200 families [1].", "precision"},
		{"at least an exact count", p, "The toll was raised to at least 31 [1].", "precision: the passage gives 31 exactly"},
		{"nearly an exact count", p, "The toll was raised to nearly 31 [1].", "precision: the passage gives 31 exactly"},
		{"the exact count", p, "The toll was raised to 31 [1].", ""},
		{"the passage's own bound", p, "More than 40 ships waited [1].", ""},
	})
}

// The prosecution service ("la fiscalía", "el fiscal general") reads as
// the attorney general's office, "duplicó" of a number as "doubled", and
// "miles de", "cientos de" as thousands and hundreds (not English miles).
func TestSpanishFiscaliaAndDoubled(t *testing.T) {
	if _, err := text.LoadSpanish(); errors.Is(err, text.ErrSpanishMissing) {
		t.Skipf("skipped: %v", err)
	}
	s := story.Parse("s.txt", " date 2023-07-26 STORY: Prison.\n\nEcuador's attorney general on Tuesday raised the death toll from the violence from 18 to 31.\n")
	ps := passagesWith(&s, story.ChunkOptions{MaxSentences: 6, MaxBytes: 1000})
	for _, tt := range []struct{ claim, want string }{
		{"Hubo 31 muertos según la fiscalía [1].", ""},
		{"El fiscal general subió la cifra de muertos de 18 a 31 [1].", ""},
		{"El fiscal general casi duplicó la cifra de muertos, que pasó de 18 a 31 [1].", "comparison"},
		{"Miles de presos murieron, según el fiscal general [1].", `quantity "thousands"`}, // "miles de": thousands, which the passage never gives
		{"El fiscal general subió la cifra de 18 a 31 muertos; cientos de presos murieron [1].", `quantity "hundreds"`},
	} {
		v := checkClaims(splitClaims(tt.claim, len(ps)), "¿cuántos muertos hubo?", ps, evidenceOf(ps))
		if got := droppedFor(v); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}
