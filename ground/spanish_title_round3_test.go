package ground

import (
	"errors"
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/story"
	"github.com/storybot-dev/storybot/text"
)

// A capitalised Spanish word inside a claim is a name, unless it is the
// Spanish of a word the cited passage holds, in the passage's form:
// "Sindicato de Trabajadores Portuarios" for "Union of Port Workers".
// One that translates to no word there stays a name to find.
func TestSpanishRenderingOfAName(t *testing.T) {
	if _, err := text.LoadSpanish(); errors.Is(err, text.ErrSpanishMissing) {
		t.Skipf("skipped: %v", err)
	}
	const st = " date 2023-08-03 STORY: Port.\n\n" +
		"The strike was called by the Union of Port Workers after talks over pay broke down.\n"
	s := story.Parse("s.txt", st)
	ps := passagesWith(&s, story.ChunkOptions{MaxSentences: 6, MaxBytes: 1000})
	for _, tt := range []struct{ claim, want string }{
		{"La huelga fue convocada por el Sindicato de Trabajadores Portuarios [1].", ""},
		{"La huelga fue convocada por el Sindicato de Mineros [1].", "name"},
	} {
		v := checkClaims(splitClaims(tt.claim, len(ps)), "¿Quién convocó la huelga?", ps, evidenceOf(ps))
		if got := droppedFor(v); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}
