package ground

import (
	"errors"
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/story"
	"github.com/storybot-dev/storybot/text"
)

// A short answer to a Spanish question with one Spanish function word
// ("Unas 200 familias") is read in English too. Asked in English, the
// same words are checked as written. A Spanish rounding ("cerca de 200")
// reads "about".
func TestShortSpanishAnswer(t *testing.T) {
	if _, err := text.LoadSpanish(); errors.Is(err, text.ErrSpanishMissing) {
		t.Skipf("skipped: %v", err)
	}
	const st = " date 2023-07-27 STORY: Families.\n\n" +
		"Volunteers from a local church handed out water, bread and blankets to about 200 families.\n"
	s := story.Parse("s.txt", st)
	ps := passagesWith(&s, story.ChunkOptions{MaxSentences: 6, MaxBytes: 1000})
	for _, tt := range []struct{ asked, claim, want string }{
		{"¿Cuántas familias recibieron ayuda?", "Unas 200 familias [1].", ""},
		{"¿Cuántas familias recibieron ayuda?", "Unas 300 familias [1].", `number "300"`},
		{"How many families got help?", "Unas 200 familias [1].", "words"},
		// "cerca de", "unas" before a number read "about": the rounding kept
		{"¿Qué repartieron los voluntarios?", "Los voluntarios repartieron agua, pan y mantas a cerca de 200 familias [1].", ""},
		{"¿Qué repartieron los voluntarios?", "Los voluntarios repartieron agua, pan y mantas a 200 familias [1].", "rounded figure"},
	} {
		v := checkClaims(splitClaims(tt.claim, len(ps)), tt.asked, ps, evidenceOf(ps))
		if got := droppedFor(v); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q asked %q: reason %q, want %q", tt.claim, tt.asked, got, tt.want)
		}
	}
}
