package ground

import (
	"errors"
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/story"
	"github.com/storybot-dev/storybot/text"
)

// A quoting claim's denial is read against the whole passage by the
// apart check: "soldiers" and "hurt" share a sentence the quote leaves
// out. "No one answered" denies no deed someone suffered (the nobody
// rule wants a copula). Words of talk about sources ("according to
// reports") are no words of what a speaker said.
func TestDenialAndSpeakerEdgesReview3(t *testing.T) {
	for _, tt := range []struct{ passage, claim, notWant, want string }{
		{"Soldiers retook the prison on Tuesday. Medics later checked whether any soldiers were hurt.",
			`Soldiers retook the prison on Tuesday and no soldiers were hurt [1: "Soldiers retook the prison on Tuesday"].`, "says nothing", ""},
		{"Guards answered questions from reporters at the prison on Monday.",
			`No one answered the phones at the prison on Monday [1].`, "no one was", ""},
		{"A spokesperson for the city council said extra buses would run until midnight.",
			`The prison authority said, as reports noted, buses would run [1].`, "", `"authority" said is said by another`},
	} {
		st := " date 2023-07-27 STORY: Prison.\n\n" + tt.passage + "\n"
		got := droppedFor(verdictOn(t, st, tt.claim))
		if tt.notWant != "" && strings.Contains(got, tt.notWant) {
			t.Errorf("%q on %q: reason %q, want none of %q", tt.claim, tt.passage, got, tt.notWant)
		}
		if tt.want != "" && !strings.Contains(got, tt.want) {
			t.Errorf("%q on %q: reason %q, want %q", tt.claim, tt.passage, got, tt.want)
		}
	}
}

// A name the cited sentences give, without the deed near it, is not
// rescued by a title naming it too.
func TestActorNamedInSentencesNotTitleReview3(t *testing.T) {
	const st = " date 2023-07-26 STORY: Lasso declares emergency.\n\n" +
		"President Guillermo Lasso spoke to reporters on Monday. Officials in the capital praised the police. " +
		"Far from the capital, in another province, soldiers retook the prison on Tuesday after a long siege.\n"
	if got := droppedFor(verdictOn(t, st, `Guillermo Lasso retook the prison on Tuesday [1].`)); !strings.Contains(got, `what the claim says of "Lasso"`) {
		t.Errorf("reason %q, want the actor rule", got)
	}
}

// "resultaron" before a participle is "were", as "resultó" is "was":
// "Dos civiles resultaron heridos" is "two civilians were hurt".
func TestResultaronHeridosReview3(t *testing.T) {
	if _, err := text.LoadSpanish(); errors.Is(err, text.ErrSpanishMissing) {
		t.Skipf("skipped: %v", err)
	}
	s := story.Parse("s.txt", " date 2023-07-27 STORY: Esmeraldas.\n\nTwo civilians were hurt in a Molotov cocktail attack on the office.\n")
	ps := passagesWith(&s, story.ChunkOptions{MaxSentences: 6, MaxBytes: 1000})
	claim := "Dos civiles resultaron heridos en un ataque con cócteles molotov contra la oficina [1]."
	v := checkClaims(splitClaims(claim, len(ps)), "¿Qué pasó en Esmeraldas?", ps, evidenceOf(ps))
	if got := droppedFor(v); got != "" {
		t.Errorf("%q: dropped: %s", claim, got)
	}
}
