package ground

import (
	"errors"
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/cite"
	"github.com/storybot-dev/storybot/story"
	"github.com/storybot-dev/storybot/text"
)

// The edges of reading an unread Spanish word after a word the dictionary
// read: an -ivo adjective ("represivos") qualifies that word as an -ario
// one does; an English word ("mafiosos") is read as itself, an item the
// passage must hold; a word after a number or "un" is no adjective, and
// one the passage itself holds is kept. "De 13 a 31" opening the claim is
// a change as "de 13 a 31" is.
func TestSpanishEdgesReview8(t *testing.T) {
	if _, err := text.LoadSpanish(); errors.Is(err, text.ErrSpanishMissing) {
		t.Skipf("skipped: %v", err)
	}
	const hostages = "In Esmeraldas, 15 prison guards and 2 other staffers were held hostage at a local jail.\n"
	const toll = "Ecuador's attorney general on Tuesday raised the death toll from the violence from 18 to 31.\n"
	passages := func(p string) ([]cite.Passage, []evidence) {
		s := story.Parse("s.txt", " date 2023-07-26 STORY: Prison.\n\n"+p)
		ps := passagesWith(&s, story.ChunkOptions{MaxSentences: 6, MaxBytes: 1000})
		return ps, evidenceOf(ps)
	}
	for _, tt := range []struct{ passage, asked, claim, want string }{
		{hostages, "¿Cuántos guardias fueron tomados como rehenes?", "En Esmeraldas, 15 guardias represivos y 2 empleados más fueron tomados como rehenes en una cárcel local [1].", ""},
		{hostages, "¿Cuántos guardias fueron tomados como rehenes?", "En Esmeraldas, 15 guardias mafiosos y 2 empleados más fueron tomados como rehenes en una cárcel local [1].", `listed item "mafiosos"`},
		{toll, "¿Cuántas personas murieron?", "De 13 a 31 elevó el fiscal general el martes el número de muertos [1].", "the claim changes it from 13 to 31"},
	} {
		ps, _ := passages(tt.passage)
		_, got := Check(tt.claim, tt.asked, ps)
		if (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
	for _, tt := range []struct{ passage, claim, kept string }{
		{hostages, "En Esmeraldas, 15 guardias y 2 carcelarios fueron tomados como rehenes [1].", "carcelarios"},
		{hostages, "En Esmeraldas, 15 guardias, 2 empleados y un carcelario fueron tomados como rehenes [1].", "carcelario"},
		{"In Esmeraldas, 15 guards of the Penitenciaria del Litoral were held hostage.\n", "En Esmeraldas, 15 guardias penitenciaria fueron tomados como rehenes [1].", "penitenciaria"},
	} {
		_, ev := passages(tt.passage)
		g, _ := glossSpanish(tt.claim, []int{1}, ev)
		if !strings.Contains(g, tt.kept) {
			t.Errorf("%q read %q: %q left out", tt.claim, g, tt.kept)
		}
	}
}
