package ground

import (
	"errors"
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/story"
	"github.com/storybot-dev/storybot/text"
)

// Spanish reported speech ("Vergara dijo que ...") is read as "said
// that", so the speaker rules read who said it: words the passage gives
// another speaker are stopped, the speaker's own pass.
func TestSpanishReportedSpeech(t *testing.T) {
	if _, err := text.LoadSpanish(); errors.Is(err, text.ErrSpanishMissing) {
		t.Skipf("skipped: %v", err)
	}
	const st = " date 2023-07-27 STORY: Port.\n\n" +
		"Chile's transport minister, Ricardo Solis, said on Wednesday that the government would not intervene in a private dispute. " +
		"Union president Marta Vergara said that members had voted 1,214 to 96 in favour of the stoppage.\n"
	for _, tt := range []struct{ claim, want string }{
		{"Vergara dijo que el gobierno no intervendría en una disputa privada [1].", "said is said by another"},
		{"Solis dijo que el gobierno no intervendría en una disputa privada [1].", ""},
		{"Vergara afirmó que los miembros votaron 1.214 a 96 a favor del paro [1].", ""},
	} {
		s := story.Parse("s.txt", st)
		ps := passagesWith(&s, story.ChunkOptions{MaxSentences: 6, MaxBytes: 1000})
		_, got := Check(tt.claim, "¿Qué dijo Marta Vergara?", ps)
		if (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}
