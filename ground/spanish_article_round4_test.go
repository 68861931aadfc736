package ground

import (
	"errors"
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/story"
	"github.com/storybot-dev/storybot/text"
)

// f88ec92 reads the article "Una" opening a Spanish claim as the article
// ("a church" of the passage's two), not the dictionary's numeral "one"
// (one church, where the passage counts two); a count opening the claim
// ("Tres iglesias") or inside it ("dos familias") is still a count.
func TestSpanishCapitalArticle(t *testing.T) {
	if _, err := text.LoadSpanish(); errors.Is(err, text.ErrSpanishMissing) {
		t.Skipf("skipped: %v", err)
	}
	const st = " date 2023-07-27 STORY: Families.\n\n" +
		"Volunteers from two local churches handed out water, bread and blankets to about 200 families.\n"
	s := story.Parse("s.txt", st)
	ps := passagesWith(&s, story.ChunkOptions{MaxSentences: 6, MaxBytes: 1000})
	const asked = "¿Quién ayudó a las familias?"
	for _, tt := range []struct{ claim, want string }{
		{"Una iglesia local repartió agua a unas 200 familias [1].", ""},
		{"una iglesia local repartió agua a unas 200 familias [1].", ""},
		{"Tres iglesias locales repartieron agua y pan a unas 200 familias [1].", `number "3"`},
		{"Una iglesia local repartió agua y pan a dos familias [1].", `number "2"`},
	} {
		v := checkClaims(splitClaims(tt.claim, len(ps)), asked, ps, evidenceOf(ps))
		if got := droppedFor(v); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}
