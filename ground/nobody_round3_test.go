package ground

import (
	"errors"
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/story"
	"github.com/storybot-dev/storybot/text"
)

const nobodyStory = " date 2023-07-27 STORY: Esmeraldas.\n\n" +
	"In Esmeraldas, 15 prison guards and 2 other staffers were held hostage at a local jail. " +
	"The attorney general's office said that one civilian was hurt in a Molotov cocktail attack on its office.\n"

// "Nobody was hurt" denies one deed, which a cited sentence has happen
// to someone ("one civilian was hurt"); a sentence denying it too, or no
// deed after "nobody", is no contradiction.
func TestNobodyWasHurt(t *testing.T) {
	for _, tt := range []struct{ st, claim, want string }{
		{nobodyStory, `In Esmeraldas, 15 prison guards were held hostage at a local jail, but nobody was hurt [1].`, `no one was "hurt"`},
		{nobodyStory, `In Esmeraldas, 15 prison guards were held hostage at a local jail, but no one was hurt [1].`, "negation"},
		{nobodyStory, `In Esmeraldas, 15 prison guards were held hostage at a local jail [1].`, ""},
		{" date 2023-07-27 STORY: Esmeraldas.\n\nIn Esmeraldas, 15 prison guards were held hostage at a local jail. The guards were not hurt.\n",
			`In Esmeraldas, 15 prison guards were held hostage at a local jail, but nobody was hurt [1].`, ""},
	} {
		if got := droppedFor(verdictOn(t, tt.st, tt.claim)); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}

// The Spanish "nadie resultó herido" reads "nobody was hurt": "resultó"
// before a participle is "was", and "herido" takes the passage's own
// word ("hurt", a synonym of the dictionary's "injure").
func TestNadieResultoHerido(t *testing.T) {
	if _, err := text.LoadSpanish(); errors.Is(err, text.ErrSpanishMissing) {
		t.Skipf("skipped: %v", err)
	}
	s := story.Parse("s.txt", nobodyStory)
	ps := passagesWith(&s, story.ChunkOptions{MaxSentences: 6, MaxBytes: 1000})
	for _, tt := range []struct{ claim, want string }{
		{"Quince guardias fueron retenidos como rehenes en una cárcel local, pero nadie resultó herido [1].", `no one was "hurt"`},
		{"Quince guardias fueron retenidos como rehenes en una cárcel local [1].", ""},
	} {
		v := checkClaims(splitClaims(tt.claim, len(ps)), "¿Qué pasó en Esmeraldas?", ps, evidenceOf(ps))
		if got := droppedFor(v); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}
