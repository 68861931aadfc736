package ground

import (
	"errors"
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/story"
	"github.com/storybot-dev/storybot/text"
)

// Spanish words the word-by-word gloss misreads ("arma blanca", a knife,
// not a "white weapon"; "reclusos", inmates) are read in the passage's
// sense; senses the passage lacks are still missing (wounds of a gun and
// a knife where it gives none).
func TestSpanishPhraseGloss(t *testing.T) {
	if _, err := text.LoadSpanish(); errors.Is(err, text.ErrSpanishMissing) {
		t.Skipf("skipped: %v", err)
	}
	const st = " date 2023-07-27 STORY: Prison.\n\n" +
		"Police said 14 inmates had been taken to hospital in Guayaquil with gunshot and stab wounds.\n"
	const stab = " date 2023-07-27 STORY: Prison.\n\n" +
		"Police said 14 inmates had been taken to hospital in Guayaquil with stab wounds.\n"
	const none = " date 2023-07-27 STORY: Prison.\n\n" +
		"Police said 14 inmates had been taken to hospital in Guayaquil.\n"
	for _, tt := range []struct{ st, claim, want string }{
		{st, "Catorce reclusos, según la policía, con heridas de bala y de arma blanca [1].", ""},
		{stab, "Catorce reclusos, según la policía, con heridas de arma blanca [1].", ""},
		{none, "Catorce reclusos con heridas de bala y de arma blanca [1].", `words "`},
	} {
		s := story.Parse("s.txt", tt.st)
		ps := passagesWith(&s, story.ChunkOptions{MaxSentences: 6, MaxBytes: 1000})
		_, got := Check(tt.claim, "¿Cuántos reclusos fueron hospitalizados?", ps)
		if (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}
