package ground

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/story"
)

// A deed may be said in the sentence before the actor's ("The toll was
// raised on Tuesday. Agency head Rodriguez announced it."), not two before.
func TestDeedInTheSentenceBeforeTheActor(t *testing.T) {
	const claim = "Rodriguez raised the toll [1]."
	runEdgeCases(t, []edgeCase{
		{"one before", "The toll was raised on Tuesday. Agency head Rodriguez announced it.\n", claim, ""},
		{"two before", "The toll was raised on Tuesday. The agency met on Monday. Agency head Rodriguez announced it.\n", claim, `what the claim says of "Rodriguez"`},
	})
}

// The sentence right after the actor's counts as said of it (NameReach);
// the one after that only when it goes on about "he", "she", "they", "it".
func TestDeedInTheSentenceRightAfterTheActor(t *testing.T) {
	const claim = "Lasso raised the toll [1]."
	runEdgeCases(t, []edgeCase{
		{"right after", "President Lasso met the council. The toll was raised.\n", claim, ""},
		{"two after", "President Lasso met the council. Crews worked on Monday. The toll was raised.\n", claim, `what the claim says of "Lasso"`},
	})
}

// "is one of ..." describes the actor, as "is a ..." does: no deed to
// find near the name.
func TestIsOneOfIsADescription(t *testing.T) {
	const p = "The party was founded by three men. President Lasso was among them.\n"
	runEdgeCases(t, []edgeCase{
		{"one of", p, "Lasso is one of the founders of the party [1].", ""},
		{"a deed", "President Lasso spoke to the party. The party has three founders.\n", "Lasso founded the party [1].", `what the claim says of "Lasso" is not said of it in passage 1 ("founded")`},
	})
}

// A name after a colon opens a clause: its deed is checked.
func TestActorAfterAColon(t *testing.T) {
	const p = "President Lasso spoke in Quito. Weeks later, in Guayaquil, prisoners rioted. The minister raised the toll.\n"
	runEdgeCases(t, []edgeCase{
		{"its deed", p, "In short: President Lasso spoke in Quito [1].", ""},
		{"another's deed", p, "In short: President Lasso raised the toll [1].", `what the claim says of "Lasso"`},
	})
}

// A name of six letters one letter off is another name ("Taylor" is not
// "Traylor"); only names of seven letters or more are read as misspelt.
func TestSixLetterNameOneLetterOff(t *testing.T) {
	const p = "Morton played Carson in the final.\n"
	runEdgeCases(t, []edgeCase{
		{"as written", p, "Morton played Carson in the final [1].", ""},
		{"one letter off", p, "Morton played Carsen in the final [1].", `name "Carsen"`},
		{"one letter short of a longer name", "In the final, Traylor scored twice.\n", "In the final, Taylor scored twice [1].", `name "Taylor"`},
		{"the longer name", "In the final, Traylor scored twice.\n", "In the final, Traylor scored twice [1].", ""},
	})
}

// "vs." ends no sentence: the capitalised word after it is a name to
// check.
func TestNameAfterTwoLetterAbbreviation(t *testing.T) {
	const p = "Morton played Hibs in the final.\n"
	runEdgeCases(t, []edgeCase{
		{"in the passage", p, "The final was Morton vs. Hibs [1].", ""},
		{"not in the passage", p, "The final was Morton vs. Alloa [1].", `name "Alloa"`},
	})
}

// A capitalised word inside a Spanish claim is a name, kept as written
// and checked as one: it is not translated.
func TestSpanishCapitalisedWordIsAName(t *testing.T) {
	s := story.Parse("reading.txt", readingStory)
	ps := passagesWith(&s, story.ChunkOptions{MaxSentences: 20, MaxBytes: 4000})
	for _, tt := range []struct{ claim, want string }{
		{"La alcaldesa Anna Berg abrió el puente en junio [1].", ""},
		{"La Rosa abrió el puente [1].", `name "Rosa"`},
	} {
		got := droppedFor(checkClaims(splitClaims(tt.claim, len(ps)), "¿Qué pasó con el puente?", ps, evidenceOf(ps)))
		if (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}

// A claim is Spanish when it has more Spanish function words than English
// ones, two at least: a tie is not Spanish.
func TestSpanishClaimNeedsMoreSpanishWords(t *testing.T) {
	for _, tt := range []struct {
		claim string
		want  bool
	}{
		{"El puente de la ciudad abrió.", true},                // el, de, la
		{"The bridge de la ciudad opened in June.", false},     // de, la against the, in
		{"The bridge of the ciudad de la Paz opened.", false},  // de, la against the, of, the
		{"La alcaldesa abrió el puente in June.", true},        // la, el against in
		{"The mayor opened the bridge de Paz in June.", false}, // one Spanish word
	} {
		if got := spanishClaim(tt.claim); got != tt.want {
			t.Errorf("spanishClaim(%q) = %v, want %v", tt.claim, got, tt.want)
		}
	}
}
