package ground

import (
	"errors"
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/story"
	"github.com/storybot-dev/storybot/text"
)

// A change the claim gives whole must be the passage's: "from 13 to 31"
// where the passage raised the toll "from 18 to 31" has one side wrong, in
// English and in Spanish ("de 13 a 31", read as "from 13 to 31").
func TestChangeGivenWholeIsThePassages(t *testing.T) {
	const p = "Ecuador's attorney general on Tuesday raised the death toll from the violence from 18 to 31.\n"
	runEdgeCases(t, []edgeCase{
		{"the passage's change", p, "The attorney general raised the toll from 18 to 31 on Tuesday [1].", ""},
		{"one side moved", p, "The attorney general raised the toll from 13 to 31 on Tuesday [1].", "the claim changes it from 13 to 31"},
		{"the other side moved, to a number the passage has", p + "About 40 inmates were moved on Tuesday.\n", "The attorney general raised the toll from 18 to 40 on Tuesday [1].", "the claim changes it from 18 to 40"},
	})
	if _, err := text.LoadSpanish(); errors.Is(err, text.ErrSpanishMissing) {
		t.Skipf("skipped the Spanish cases: %v", err)
	}
	s := story.Parse("s.txt", " date 2023-07-26 STORY: Prison.\n\n"+p)
	ps := passagesWith(&s, story.ChunkOptions{MaxSentences: 6, MaxBytes: 1000})
	for _, tt := range []struct{ claim, want string }{
		{"El fiscal general elevó el martes el número de muertos de 18 a 31 [1].", ""},
		{"El fiscal general elevó el martes el número de muertos de 13 a 31 [1].", "from 13 to 31"},
	} {
		_, got := Check(tt.claim, "¿Cuántas personas murieron?", ps)
		if (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}

// A Spanish adjective the dictionary lacks, right after a word it read
// ("guardias penitenciarios"), qualifies that word: no listed item of its
// own the passage must hold. An unread word elsewhere is still the claim's.
func TestSpanishUnreadAdjective(t *testing.T) {
	if _, err := text.LoadSpanish(); errors.Is(err, text.ErrSpanishMissing) {
		t.Skipf("skipped: %v", err)
	}
	s := story.Parse("s.txt", " date 2023-07-26 STORY: Prison.\n\nIn Esmeraldas, 15 prison guards and 2 other staffers were held hostage at a local jail.\n")
	ps := passagesWith(&s, story.ChunkOptions{MaxSentences: 6, MaxBytes: 1000})
	for _, tt := range []struct{ claim, want string }{
		{"En Esmeraldas, 15 guardias penitenciarios y 2 empleados más fueron tomados como rehenes en una cárcel local [1].", ""},
	} {
		_, got := Check(tt.claim, "¿Cuántos guardias fueron tomados como rehenes?", ps)
		if (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}

// "Según X" is "according to X": who said it, read as the English is.
func TestSpanishSegunNamesTheSpeaker(t *testing.T) {
	if _, err := text.LoadSpanish(); errors.Is(err, text.ErrSpanishMissing) {
		t.Skipf("skipped: %v", err)
	}
	s := story.Parse("s.txt", " date 2023-07-26 STORY: Prison.\n\nPolice said 14 inmates had been taken to hospital in Guayaquil. The prison authority said it would publish a list of transferred inmates.\n")
	ps := passagesWith(&s, story.ChunkOptions{MaxSentences: 6, MaxBytes: 1000})
	for _, tt := range []struct{ claim, want string }{
		{"Según la policía, 14 reclusos fueron llevados al hospital en Guayaquil [1].", ""},
		{"Según la autoridad penitenciaria, 14 reclusos fueron llevados al hospital en Guayaquil [1].", "said by another"},
	} {
		_, got := Check(tt.claim, "¿Cuántos reclusos fueron hospitalizados?", ps)
		if (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}
