package question

import (
	"os"
	"strings"
	"testing"

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
// This file reviews the magnitude claim (MagnitudeClaim, ClaimKind,
// ClaimCounted, Form.Magnitude) and of Premise's "is it confirmed that"
// and its cut at the first "?". Each test names the behaviour a user would
// expect; those marked PASS pin down an edge the rules already get right.

// A magnitude after "the" names which troops the question is about (a
// topic), not a count it puts to the story: "did the thousands of soldiers
// retake the prison" asks whether they retook it.
func TestReview34MagnitudeAfterTheIsTopic(t *testing.T) {
	q := "did the thousands of soldiers retake the prison?"
	if got := MagnitudeClaim(q); got != "" {
		t.Errorf("MagnitudeClaim(%q) = %q, want none: \"the thousands of soldiers\" is the topic", q, got)
	}
	if k := ClaimKind(q); k != General {
		t.Errorf("ClaimKind(%q) = %v, want general: the question asks no count", q, k)
	}
}

// "when" opening a clause ("... when they retook the prison") is a
// conjunction, not a wh-question: the magnitude before it is still the
// claim to check.
func TestReview34MagnitudeBeforeWhenClause(t *testing.T) {
	for _, q := range []string{
		"did hundreds of soldiers go in when they retook the prison?",
		"were only a few hundred soldiers sent in when the clashes started?",
	} {
		if got := MagnitudeClaim(q); got == "" {
			t.Errorf("MagnitudeClaim(%q) = none, want the magnitude: \"when\" here is a conjunction", q)
		}
		if f := FormOf(q); f.Magnitude != "hundred" {
			t.Errorf("FormOf(%q).Magnitude = %q, want hundred", q, f.Magnitude)
		}
	}
}

// "Thousand Oaks" (a city; the 2018 bar shooting) is a name, not a
// magnitude: a question about its gunman states no count.
func TestReview34MagnitudeInAPlaceName(t *testing.T) {
	q := "was the Thousand Oaks gunman a former Marine?"
	if got := MagnitudeClaim(q); got != "" {
		t.Errorf("MagnitudeClaim(%q) = %q, want none: a capitalised place name", q, got)
	}
	if f := FormOf(q); f.Magnitude != "" {
		t.Errorf("FormOf(%q).Magnitude = %q, want none", q, f.Magnitude)
	}
}

// "hundreds of thousands" counts people displaced, not thousands: the
// second scale word is part of the figure, not the thing counted.
func TestReview34MagnitudeOfMagnitudeCountsNoScale(t *testing.T) {
	q := "were hundreds of thousands displaced by the floods?"
	if c := ClaimCounted(q); c[text.Stem("thousands")] {
		t.Errorf("ClaimCounted(%q) = %v, want no \"thousand\": it is part of the figure", q, c)
	}
}

// "two hundred soldiers" is an exact figure (200, which Form.Numbers
// already reads), not a vague magnitude: a sentence with "200 soldiers"
// must not lose its "Yes:" for lacking the word "hundred".
func TestReview34ExactFigureInWordsIsNoMagnitude(t *testing.T) {
	q := "did the army send two hundred soldiers?"
	f := FormOf(q)
	if f.Magnitude != "" {
		t.Errorf("FormOf(%q).Magnitude = %q (Numbers %v), want none: \"two hundred\" is 200", q, f.Magnitude, f.Numbers)
	}
}

// PASS: a hedged magnitude before its noun is the claim, whole.
func TestReview34MagnitudeHedgedPasses(t *testing.T) {
	for q, want := range map[string]string{
		"were a few hundred soldiers sent in?":   "a few hundred",
		"did several thousand police go in?":     "several thousand",
		"so dozens of inmates escaped, correct?": "dozens",
	} {
		if got := MagnitudeClaim(q); got != want {
			t.Errorf("MagnitudeClaim(%q) = %q, want %q", q, got, want)
		}
	}
}

// PASS: inside a real wh-question the magnitude is the topic.
func TestReview34MagnitudeInWhQuestionPasses(t *testing.T) {
	q := "how many of the hundreds of inmates escaped?"
	if got := MagnitudeClaim(q); got != "" {
		t.Errorf("MagnitudeClaim(%q) = %q, want none", q, got)
	}
}

// The cut at the first "?" must keep a wh-question the user asks after
// "if so," or "ok, and": that is the question they want answered, not an
// aside.
func TestReview34PremiseKeepsQuestionAfterIfSo(t *testing.T) {
	for q, want := range map[string]string{
		"is it confirmed that 200 troops went in? if so, how many died":       "died",
		"is it confirmed that 31 died? ok, and who announced it":              "announced",
		"is it true that 200 troops went in? also, do you know how many died": "died",
	} {
		if got, ok := Premise(q, nil); ok && !strings.Contains(got, want) {
			t.Errorf("Premise(%q) = %q: the question after the mark (%q) was cut as an aside", q, got, want)
		}
	}
}

// An afterthought that finishes the statement ("? in Esmeraldas") is part
// of it: the place says which hostages, and the cut drops it.
func TestReview34PremiseKeepsAfterthoughtPlace(t *testing.T) {
	q := "is it confirmed that 50 guards were held hostage? in Esmeraldas"
	got, ok := Premise(q, review29Vocabulary(t))
	if !ok || !strings.Contains(strings.ToLower(got), "esmeraldas") {
		t.Errorf("Premise(%q) = %q, %v; want a reading that keeps \"in Esmeraldas\"", q, got, ok)
	}
}

// PASS: an aside after the mark is cut, and the place slot is read.
func TestReview34PremiseAsideCutPasses(t *testing.T) {
	q := "is it true that the prison is in Quito? I thought it was Guayaquil"
	if got, ok := Premise(q, review34SeedVocabulary(t)); !ok || got != "where the prison is" {
		t.Errorf("Premise(%q) = %q, %v; want \"where the prison is\"", q, got, ok)
	}
}

// PASS: "is it confirmed who" opens a wh-question of its own, no
// confirmation.
func TestReview34PremiseConfirmedWhoPasses(t *testing.T) {
	for _, q := range []string{"is it confirmed who shot the mayor?", "is it confirmed how many died?"} {
		if got, ok := Premise(q, nil); ok {
			t.Errorf("Premise(%q) = %q, want no reading: a wh-question", q, got)
		}
	}
}

// review34SeedVocabulary is the vocabulary of the seed story alone, as the
// bot's default corpus reads questions.
func review34SeedVocabulary(t *testing.T) *Vocabulary {
	t.Helper()
	b, err := os.ReadFile("../corpus/000_ed2ba48890825abd.txt")
	if err != nil {
		t.Fatal(err)
	}
	var rd Reader
	return rd.Vocabulary(newTermCorpus(string(b)))
}
