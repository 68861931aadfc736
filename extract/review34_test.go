package extract

import (
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/internal/testindex"
	"github.com/storybot-dev/storybot/question"
	"github.com/storybot-dev/storybot/text"
)

// Review 34 (rv34): edge cases of the session's changes written by an
// independent helper from the diff alone (git diff 6f3e950). Mended: a
// magnitude after "the" is which ones, not a claim ("did the thousands of
// soldiers retake it"); a "when" that joins a clause asks nothing; "Thousand
// Oaks" is a name; "hundreds of thousands displaced" counts the displaced;
// "two hundred soldiers" is a figure; Premise keeps a question after the
// statement's mark ("if so, how many died") and a place finishing it ("? in
// Esmeraldas"); "one" after a comma or a clause's "that", and "one in
// three", count; "the far right" is a noun; "roughly" no longer takes
// "rough" with it; "blocks away" and "blocks of houses" are no cellblocks;
// Pidgin's "self" is a particle only ending its clause ("self-defence",
// "dem self" are not). Open, left out: a magnitude with no noun after it
// ("is the death toll in the hundreds?" is no claim read), and "two
// hundred soldiers" confirmed by "200 soldiers" (hedged, as before the
// session).
//
// This file reviews the offline answerer's new rules: the magnitude claim and
// its "Yes:" check, countedNarrower's share 1, the filler words, adverbRight,
// pronounOne and the kept term sets. Tests marked PASS pin down an edge the
// rules already get right; the rest state what a user would expect.

// review34Prison is a prison story that counts its troops in digits.
const review34Prison = "Soldiers retook the prison on Monday. The army sent 200 soldiers into the prison after the riot. Clashes between gangs began on Saturday, and 31 people died.\n"

// review34Several is one that counts them with a magnitude.
const review34Several = "Soldiers retook the prison on Monday. Several hundred soldiers were sent into the prison after the riot. Clashes between gangs began on Saturday, and 31 people died.\n"

// review34Oaks is a shooting in Thousand Oaks, California.
const review34Oaks = "A gunman killed 12 people at a bar in Thousand Oaks, California, on Wednesday night. The gunman, Ian David Long, 28, was a former Marine, police said. He shot himself.\n"

// "the thousands of soldiers" is who the question is about, not a count
// it claims: the yes/no question about the detonations is answered as
// "did the soldiers use controlled detonations?" is (it was, before the
// magnitude rule).
func TestReview34TopicMagnitudeKeepsYes(t *testing.T) {
	ix := testindex.Seed(t)
	q := "did the thousands of soldiers use controlled detonations?"
	if got := askText(t, ix, q); !strings.HasPrefix(got, "Yes: Using controlled detonations") {
		t.Errorf("%q = %q, want \"Yes: Using controlled detonations ...\" as for the soldiers alone", q, got)
	}
}

// A claimed magnitude before a "when" clause is still a claim: "hundreds
// of soldiers" must not be confirmed by "hundreds of prisoners" (the bug
// the magnitude rule was written for, back behind a conjunction).
func TestReview34MagnitudeClaimBeforeWhen(t *testing.T) {
	ix := testindex.Seed(t)
	for _, q := range []string{
		"did hundreds of soldiers go in when they retook the prison?",
		"did a few hundred soldiers try to retake the prison when it rioted?",
	} {
		if got := askText(t, ix, q); strings.HasPrefix(got, "Yes:") && strings.Contains(got, "hundreds of prisoners") {
			t.Errorf("%q = %q: \"hundreds of prisoners\" confirms no count of soldiers", q, got)
		}
	}
}

// "Thousand Oaks" is a city: the question is about its gunman, and the
// sentence that says he was a Marine answers yes (as it did before the
// magnitude rule read "Thousand" as a count).
func TestReview34PlaceNameIsNoMagnitude(t *testing.T) {
	st := map[string]string{"a.txt": review34Oaks}
	q := "was the Thousand Oaks gunman a former Marine?"
	if got := askOf(t, st, q).Text; !strings.HasPrefix(got, "Yes: The gunman, Ian David Long") {
		t.Errorf("%q = %q, want \"Yes: The gunman, Ian David Long ...\"", q, got)
	}
}

// PASS: a magnitude the story gives otherwise is no "Yes:" ("thousands"
// against "several hundred"), and the same magnitude is.
func TestReview34MagnitudeYesCheckPasses(t *testing.T) {
	st := map[string]string{"a.txt": review34Several}
	if got := askOf(t, st, "were thousands of soldiers sent in?").Text; strings.HasPrefix(got, "Yes:") {
		t.Errorf("thousands against several hundred: %q, want no Yes", got)
	}
	if got := askOf(t, st, "were a few hundred soldiers sent in?").Text; !strings.HasPrefix(got, "Yes: Several hundred soldiers") {
		t.Errorf("a few hundred against several hundred: %q, want Yes", got)
	}
}

// PASS: "a hundred soldiers" against a story's 200 gets no "Yes:".
func TestReview34AHundredIsNotTwoHundredPasses(t *testing.T) {
	st := map[string]string{"a.txt": review34Prison}
	if got := askOf(t, st, "did the army send a hundred soldiers?").Text; strings.HasPrefix(got, "Yes:") {
		t.Errorf("a hundred against 200: %q, want no Yes", got)
	}
}

// "one" after the complementiser "that" or after a clause's comma is the
// number (one person), not the pronoun of "this one".
func TestReview34OneAfterThatOrCommaIsANumber(t *testing.T) {
	for _, q := range []string{
		"I heard that one was killed in the attack, true?",
		"in the attack, one was hurt?",
	} {
		if terms := review32Terms(t, q); !slices.Contains(terms, "one") {
			t.Errorf("keyTerms(%q) = %v, want \"one\" kept: it counts the victims", q, terms)
		}
	}
}

// "one in three" is a ratio: "one" counts, whatever stands two words
// before it.
func TestReview34OneInThreeIsARatio(t *testing.T) {
	q := "in the prison one in three inmates is armed?"
	if terms := review32Terms(t, q); !slices.Contains(terms, "one") {
		t.Errorf("keyTerms(%q) = %v, want \"one\" kept: \"one in three\" is a figure", q, terms)
	}
}

// PASS: the pronoun "one" that points at a thing said before is no topic.
func TestReview34PronounOnePasses(t *testing.T) {
	for _, q := range []string{"the one at the Litoral, how many died?", "which one, the one from Guayaquil?"} {
		if terms := review32Terms(t, q); slices.Contains(terms, "one") {
			t.Errorf("keyTerms(%q) = %v, want no \"one\"", q, terms)
		}
	}
}

// "the far right" is a noun (a political camp); "now" after it does not
// make it the adverb of "right now".
func TestReview34FarRightIsANoun(t *testing.T) {
	for _, q := range []string{"is the far right now leading the polls?", "did the right then win the election?"} {
		if terms := review32Terms(t, q); !slices.Contains(terms, "right") {
			t.Errorf("keyTerms(%q) = %v, want \"right\" kept: the political right is the topic", q, terms)
		}
	}
}

// PASS: the adverb "right" of "right outside" is no topic; "right" as
// what someone was is.
func TestReview34AdverbRightPasses(t *testing.T) {
	if terms := review32Terms(t, "was the civilian hurt right outside the office?"); slices.Contains(terms, "right") {
		t.Errorf("right outside: %v, want no \"right\"", terms)
	}
	if terms := review32Terms(t, "who was right about the death toll"); !slices.Contains(terms, "right") {
		t.Errorf("who was right: %v, want \"right\" kept", terms)
	}
}

// "roughly" is filler by its stem, "rough", which is also the adjective of
// "rough seas": that is the question's topic.
func TestReview34RoughIsNoFiller(t *testing.T) {
	q := "were the seas rough when the boat sank?"
	if terms := review32Terms(t, q); !slices.Contains(terms, text.Stem("rough")) {
		t.Errorf("keyTerms(%q) = %v, want \"rough\" kept: only the hedge \"roughly\" is filler", q, terms)
	}
}

// PASS: the hedges themselves are no topic, "supposedly" is.
func TestReview34HedgeFillerPasses(t *testing.T) {
	if terms := review32Terms(t, "roughly how many inmates died"); slices.Contains(terms, text.Stem("roughly")) {
		t.Errorf("roughly: %v, want no hedge", terms)
	}
	if terms := review32Terms(t, "who supposedly ordered the attack"); !slices.Contains(terms, text.Stem("supposedly")) {
		t.Errorf("supposedly: %v, want it kept", terms)
	}
}

// "blocks away" measures a distance: the stories' cellblocks are no
// answer to it (it was "The stories don't say." before the narrower kind
// counted whole).
func TestReview34BlocksAwayIsNoCellblock(t *testing.T) {
	ix := testindex.Seed(t)
	q := "how many blocks away from the prison do people live?"
	if got := askText(t, ix, q); strings.Contains(got, "cellblocks") {
		t.Errorf("%q = %q, want no cellblocks: a distance in city blocks", q, got)
	}
}

// Blocks of houses buried by a landslide are not a prison's cellblocks: a
// story with no landslide gives no count of them. (Answered with the
// cellblocks before this change too; the narrower kind now counts whole.)
func TestReview34BlocksOfHousesAreNoCellblocks(t *testing.T) {
	ix := testindex.Seed(t)
	q := "how many blocks of houses were buried by the landslide?"
	if got := askText(t, ix, q); strings.Contains(got, "cellblocks") && !strings.HasPrefix(got, Hedge) {
		t.Errorf("%q = %q, want no answer: the seed tells of no landslide", q, got)
	}
}

// PASS: the kind counted still answers the prison's own question.
func TestReview34CellblocksStillCountPasses(t *testing.T) {
	ix := testindex.Seed(t)
	q := "how many blocks did the soldiers get access to?"
	if got := askText(t, ix, q); !strings.Contains(got, "three cellblocks") || strings.HasPrefix(got, Hedge) {
		t.Errorf("%q = %q, want the cellblocks sentence", q, got)
	}
}

// PASS: the kept term sets are read only through every path that reads
// them (answers, Rank, Trace with its story shape, follow-ups with a
// subject, counts with a narrower kind) over many stories: each still
// equals the set read afresh.
func TestReview34KeptTermSetsUnchangedPasses(t *testing.T) {
	ix := testindex.News(t)
	var rd question.Reader
	voc := rd.Vocabulary(ix)
	for _, c := range []struct{ q, subject string }{
		{"how many inmates died in the fire", ""},
		{"how many blocks were burned in the fire?", ""},
		{"who is the mayor of Manta", ""},
		{"where did the landslide happen", ""},
		{"and how many died?", "the landslide in Peru"},
		{"when did the curfew start", ""},
		{"did hundreds of soldiers go in when they retook the prison?", ""},
	} {
		ps := passagesOf(t, ix, c.q)
		a := &Answer{Passages: ps}
		(&Answerer{Threshold: DefaultThreshold, Floor: DefaultFloor}).Answer(ix, voc, c.q, c.subject, a)
		Rank(ix, voc, c.q, c.subject, ps)
		Trace(ix, voc, c.q, c.subject, ps)
	}
	for _, st := range ix.Stories() {
		if got, want := textTerms(st.Text), text.TermSet(st.Text); !maps.Equal(got, want) {
			t.Errorf("the kept terms of %s changed: %d terms, want %d", st.Source, len(got), len(want))
		}
		for _, sp := range text.Sentences(st.Text, 0, len(st.Text)) {
			txt := st.Text[sp.Start:sp.End]
			if got, want := sentenceTerms(txt), withIrregular(text.TermSet(txt), txt); !maps.Equal(got, want) {
				t.Errorf("the kept terms of %q changed: %v, want %v", txt, got, want)
			}
		}
	}
}

// PASS: a story edited is a new text: its terms are read anew, not the
// old text's.
func TestReview34EditedTextReadAnewPasses(t *testing.T) {
	a := textTerms("Review34: the guards were freed on Monday.")
	b := textTerms("Review34: the guards were freed on Tuesday.")
	if a[text.Stem("tuesday")] || !b[text.Stem("tuesday")] || !a[text.Stem("monday")] {
		t.Errorf("edited text kept the old terms: %v / %v", a, b)
	}
}
