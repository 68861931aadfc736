package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/internal/testindex"
	"github.com/storybot-dev/storybot/text"
)

// "The prison" in a story about a prison is the prison the sentences
// before it named: "is the Litoral the most dangerous prison" is answered
// by "seized from inside the prison - one of the most dangerous in
// Ecuador", the sentence after the one naming the Penitenciaria del
// Litoral, not by "Clashes between gangs here began" (whose "here" names
// it as fully).
func TestTheTitleThingNamesThePrisonBefore(t *testing.T) {
	ix := testindex.Seed(t)
	for _, q := range []string{"is the litoral the most dangerous prison in ecuador", "is the litoral THE most dangerous prison in ecuador or"} {
		if got := askText(t, ix, q); !strings.Contains(got, "one of the most dangerous") {
			t.Errorf("%q: %q, want the 'most dangerous' sentence", q, got)
		}
	}
	// A sentence that names the place itself outranks one that only
	// points back to it: "what happened in the prison of Guayaquil" is
	// the sentence at "the Penitenciaria del Litoral in the city of
	// Guayaquil", not the footage "from inside the prison" after it.
	for _, q := range []string{"what happened in the prison of guayaquil", "what happened in the prison of guayaquil, which prison was it"} {
		if got := askText(t, ix, q); !strings.Contains(got, "Litoral") {
			t.Errorf("%q: %q, want the sentence naming the Litoral", q, got)
		}
	}
}

func TestTheTitleThing(t *testing.T) {
	title := text.TermSet("thousands of heavily armed soldiers and police officers try to retake a rioting prison in Ecuador")
	for s, want := range map[string]bool{
		"seized from inside the prison - one of the most dangerous": true,
		"The prisons were full":                     true,  // a form of the title's word
		"the guards were taken hostage":             false, // no word of the title
		"inside the Prison of Quito":                false, // a name, not the known thing
		"a prison in the north":                     false, // not spoken of as known
		"they went into the prisoner's cell":        false, // another word
		"the rioting ended and the prison was calm": true,  // a later "the"
	} {
		if got := theTitleThing(s, title); got != want {
			t.Errorf("theTitleThing(%q) = %v, want %v", s, got, want)
		}
	}
}

// "Somebody" asks of a person as "someone" does: it is no word the
// answer must hold. "since" is, though: "since when" finds "surged since
// 2021".
func TestSomebodyIsFiller(t *testing.T) {
	ix := testindex.Seed(t)
	keys := keyTermsOf(ix, "Somebody was hurt at the office of the attorney general?")
	for _, k := range keys {
		if k == text.Stem("somebody") {
			t.Errorf("keys %q hold somebody", keys)
		}
	}
	if got := askText(t, ix, "Somebody was hurt at the office of the attorney general?"); !strings.Contains(got, "one civilian was hurt") || strings.Contains(got, "couldn't") {
		t.Errorf("got %q, want the civilian hurt, answered", got)
	}
	if keys := keyTermsOf(ix, "since when has the prison violence been this bad"); !slices.Contains(keys, text.Stem("since")) {
		t.Errorf("keys %q lack since", keys)
	}
}
