package text

import (
	"strings"
	"testing"
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
// This file reviews pidginBeside: "be" after a question word reads "is", and
// "self" after a noun is the particle "sef" and dropped. "self" that opens
// an English compound, or follows a Pidgin pronoun, is no particle. Tests
// marked PASS pin down an edge the rule already gets right.

// "self-defense" is one English word: dropping its "self" leaves
// "-defense", and the question loses its topic.
func TestReview34PidginSelfHyphenCompound(t *testing.T) {
	for q, want := range map[string]string{
		"abeg the guards shoot for self-defense?": "the guards shoot for self-defense?",
		"wetin be the self-styled leader name?":   "what is the self-styled leader name?",
	} {
		if got := ReadPidgin(q); got != want {
			t.Errorf("ReadPidgin(%q) = %q, want %q", q, got, want)
		}
	}
}

// "self defence" written apart is still the compound: "for self defence"
// asks about defending oneself, not "for defence".
func TestReview34PidginSelfDefenceApart(t *testing.T) {
	q := "abeg dem shoot am for self defence?"
	if got := ReadPidgin(q); !strings.Contains(got, "self defence") {
		t.Errorf("ReadPidgin(%q) = %q, want \"self defence\" kept", q, got)
	}
}

// "dem self" is Pidgin's "themselves", as "him self" is "himself": the
// pronoun is Pidgin's own spelling of "them", which owns its "self".
func TestReview34PidginDemSelf(t *testing.T) {
	q := "abeg na dem self do am?"
	if got := ReadPidgin(q); !strings.Contains(got, "self") {
		t.Errorf("ReadPidgin(%q) = %q, want \"self\" kept after the pronoun \"dem\" (as after \"him\")", q, got)
	}
}

// PASS: "be" not right after a question word stays "be" ("who will be",
// "wetin go be"), and after one it is "is".
func TestReview34PidginBePasses(t *testing.T) {
	for q, want := range map[string]string{
		"abeg who will be the next president": "who will be the next president",
		"abeg wetin go be the next step":      "what go be the next step",
		"abeg when be the election":           "when is the election",
	} {
		if got := ReadPidgin(q); got != want {
			t.Errorf("ReadPidgin(%q) = %q, want %q", q, got, want)
		}
	}
}

// PASS: the particle after a noun at the end of a clause is dropped; an
// English message is untouched.
func TestReview34PidginSelfParticlePasses(t *testing.T) {
	for q, want := range map[string]string{
		"abeg where the prison dey, the prison self": "where the prison is, the prison",
		"did the guards act in self-defense?":        "did the guards act in self-defense?",
	} {
		if got := ReadPidgin(q); got != want {
			t.Errorf("ReadPidgin(%q) = %q, want %q", q, got, want)
		}
	}
}
