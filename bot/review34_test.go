package bot_test

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/extract"
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
// This file reviews, end to end on the seed, the magnitude claim, Premise's cut at
// the first "?" of "is it confirmed that", and Pidgin's "be" and "self".
// Tests marked PASS pin down an edge the bot already gets right.

// "if so, how many died" is the question the user wants answered; the cut
// at the first "?" throws it away, and the bot answers, unhedged, "how
// many troops went in" (before the cut it hedged): the reading must keep
// the deaths asked.
func TestReview34ConfirmedThenIfSoQuestion(t *testing.T) {
	b, c := seedBot(t)
	q := "is it confirmed that 200 troops went in? if so, how many died"
	a := ask(t, b, q)
	checkContract(t, []*corpus{c}, a)
	if a.ReadAs != "" && !strings.Contains(a.ReadAs, "died") {
		t.Errorf("%q read as %q: %q, want a reading that keeps \"how many died\" (the death toll, 31)", q, a.ReadAs, a.Text)
	}
}

// "the thousands of soldiers" is who the yes/no question is about: the bot
// says yes with the detonations sentence, as it does without the magnitude
// (and did before the magnitude rule).
func TestReview34TopicMagnitudeYesNo(t *testing.T) {
	b, c := seedBot(t)
	q := "did the thousands of soldiers use controlled detonations?"
	a := ask(t, b, q)
	checkContract(t, []*corpus{c}, a)
	if !strings.HasPrefix(a.Text, "Yes: Using controlled detonations") {
		t.Errorf("%q: %q, want \"Yes: Using controlled detonations ...\"", q, a.Text)
	}
}

// A claimed magnitude of soldiers followed by a "when" clause must not be
// confirmed by "hundreds of prisoners": the story says thousands of
// soldiers.
func TestReview34MagnitudeClaimWithWhenClause(t *testing.T) {
	b, c := seedBot(t)
	q := "did a few hundred soldiers try to retake the prison when it rioted?"
	a := ask(t, b, q)
	checkContract(t, []*corpus{c}, a)
	if strings.HasPrefix(a.Text, "Yes:") {
		t.Errorf("%q: %q, want no Yes: the soldiers were thousands, the hundreds were prisoners who died", q, a.Text)
	}
}

// "self-defence" in a Pidgin question is the English compound, not the
// particle "sef": the reading must keep it.
func TestReview34PidginSelfDefenceReading(t *testing.T) {
	b, c := seedBot(t)
	q := "abeg the guards dem shoot for self-defence?"
	a := ask(t, b, q)
	checkContract(t, []*corpus{c}, a)
	if a.ReadAs != "" && !strings.Contains(a.ReadAs, "self-defence") {
		t.Errorf("%q read as %q, want \"self-defence\" kept", q, a.ReadAs)
	}
}

// PASS: the case the magnitude rule was written for: a claimed "some
// hundreds of troops" is checked against the thousands of soldiers, no
// "Yes:", the aside after the "?" cut.
func TestReview34ConfirmedMagnitudePasses(t *testing.T) {
	b, c := seedBot(t)
	q := "is it confirmed that only some hundreds of troops went in? I read a small number somewhere"
	a := ask(t, b, q)
	checkContract(t, []*corpus{c}, a)
	if a.Abstained || strings.HasPrefix(a.Text, "Yes:") || !strings.Contains(a.Text, "thousands of heavily armed soldiers") {
		t.Errorf("%q: %q, want the thousands sentence and no Yes", q, a.Text)
	}
}

// PASS: Pidgin "wetin be" / "who be" read as "what is" / "who is" and are
// answered.
func TestReview34PidginBeAnsweredPasses(t *testing.T) {
	b, c := seedBot(t)
	for q, want := range map[string]string{
		"abeg wetin be the name of the city where the prison dey": "Guayaquil",
		"abeg who be the oga of the prison authority":             "Guillermo Rodriguez",
	} {
		a := ask(t, b, q)
		checkContract(t, []*corpus{c}, a)
		if a.Abstained || strings.HasPrefix(a.Text, extract.Hedge) || !strings.Contains(a.Text, want) {
			t.Errorf("%q (read as %q): %q, want an answer with %q", q, a.ReadAs, a.Text, want)
		}
	}
}
