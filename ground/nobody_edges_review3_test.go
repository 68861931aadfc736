package ground

import (
	"errors"
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/story"
	"github.com/storybot-dev/storybot/text"
)

// "Nobody has been hurt" denies the deed as "nobody was hurt" does: the
// rule reads past "been", but "has" is no copula, so it never gets there.
func TestNobodyHasBeenHurtReview3(t *testing.T) {
	claim := `In Esmeraldas, 15 prison guards were held hostage at a local jail, but nobody has been hurt [1].`
	if got := droppedFor(verdictOn(t, nobodyStory, claim)); !strings.Contains(got, `no one was "hurt"`) {
		t.Errorf("%q: reason %q, want the nobody negation", claim, got)
	}
}

// A deed the passage has only under a condition ("if any guard was
// hurt") is no fact it states: "nobody was hurt" doesn't deny it.
func TestNobodyEdgesReview3(t *testing.T) {
	for _, tt := range []struct{ st, claim, want string }{
		{" date 2023-07-27 STORY: Esmeraldas.\n\nIn Esmeraldas, 15 prison guards were held hostage at a local jail. " +
			"Officials said talks would end at once if any guard was hurt.\n",
			`In Esmeraldas, 15 prison guards were held hostage at a local jail, and nobody was hurt [1].`, ""},
	} {
		if got := droppedFor(verdictOn(t, tt.st, tt.claim)); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}

// "quedó" before a participle reads "was", as "resultó" does: "nadie
// quedó herido" is "nobody was hurt".
func TestNadieQuedoHeridoReview3(t *testing.T) {
	if _, err := text.LoadSpanish(); errors.Is(err, text.ErrSpanishMissing) {
		t.Skipf("skipped: %v", err)
	}
	s := story.Parse("s.txt", nobodyStory)
	ps := passagesWith(&s, story.ChunkOptions{MaxSentences: 6, MaxBytes: 1000})
	claim := "Quince guardias fueron retenidos como rehenes en una cárcel local, pero nadie quedó herido [1]."
	v := checkClaims(splitClaims(claim, len(ps)), "¿Qué pasó en Esmeraldas?", ps, evidenceOf(ps))
	if got := droppedFor(v); !strings.Contains(got, `no one was "hurt"`) {
		t.Errorf("%q: reason %q, want the nobody negation", claim, got)
	}
}
