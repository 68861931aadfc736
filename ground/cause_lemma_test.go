package ground

import (
	"errors"
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/story"
	"github.com/storybot-dev/storybot/text"
)

// A cause in the verb's base form ("cause", "provoke"), as the Spanish
// gloss writes every verb ("provocó" is "cause"), draws a cause as
// "caused" does: the anchor must draw one too.
func TestCauseInItsBaseForm(t *testing.T) {
	runEdgeCases(t, []edgeCase{
		{"cause, no link in the passage", "Storms hit the coast in May. Floods closed the coast road.\n", "Storms cause floods on the coast road [1].", `link: the claim says "cause"`},
		{"provoked, no link in the passage", "The minister gave a speech on Monday and protests spread across the city on Tuesday.\n", "The minister's speech provoked protests across the city on Tuesday [1].", `link: the claim says "provoked"`},
		{"the passage's cause", "Storms cause floods on the coast road every winter.\n", "Storms cause floods on the coast road [1].", ""},
	})
	if _, err := text.LoadSpanish(); errors.Is(err, text.ErrSpanishMissing) {
		t.Skipf("Spanish part skipped: %v", err)
	}
	for _, tt := range []struct{ passage, claim, want string }{
		// the passage draws the link, hedged: the claim drops the hedge
		// (until the twenty-third session this read "link": no cause)
		{"The statement seemed to set off violence in the city of Esmeraldas.\n", "La declaración provocó la violencia en Esmeraldas [1].", "modality"},
		{"The statement caused violence in the city of Esmeraldas.\n", "La declaración provocó la violencia en Esmeraldas [1].", ""},
	} {
		s := story.Parse("s.txt", " date 2023-07-27 STORY: Prison.\n\n"+tt.passage)
		ps := passagesWith(&s, story.ChunkOptions{MaxSentences: 6, MaxBytes: 1000})
		_, got := Check(tt.claim, "¿Qué pasó en Esmeraldas?", ps)
		if (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q on %q: reason %q, want %q", tt.claim, tt.passage, got, tt.want)
		}
	}
}

// A cause denied ("does not cause weight loss") draws none.
func TestCauseDenied(t *testing.T) {
	runEdgeCases(t, []edgeCase{
		{"denied", "A decrease in body weight after a bowel movement does not come from a loss of body fat.\n", "A bowel movement does not cause a loss of body fat [1].", ""},
	})
}
