package ground

import (
	"strings"
	"testing"
)

// A denial whose two terms a cited sentence holds together, one through
// a synonym ("prisoners" for "inmates"), is not one the passages hold
// only apart: whatever else decides it, not the apart check.
func TestDeniedApartSynonymReview3(t *testing.T) {
	const st = " date 2023-07-27 STORY: Prison.\n\n" +
		"Soldiers retook the prison on Tuesday. Medics checked whether prisoners were hurt.\n"
	claim := `Soldiers retook the prison on Tuesday, and no inmates were hurt [1].`
	if got := droppedFor(verdictOn(t, st, claim)); strings.Contains(got, "says nothing") {
		t.Errorf("%q: reason %q: prisoners and hurt share a sentence", claim, got)
	}
	// the numbers of a denial are no terms of it: "15" beside "guards"
	// makes no sentence of guards hurt
	const apart = " date 2023-07-27 STORY: Esmeraldas.\n\n" +
		"In Esmeraldas, 15 prison guards were held hostage at a local jail. " +
		"A civilian was hurt in a Molotov cocktail attack on the attorney general's office.\n"
	claim = `In Esmeraldas, 15 prison guards were held hostage at a local jail; none of the 15 guards was hurt [1].`
	if got := droppedFor(verdictOn(t, apart, claim)); !strings.Contains(got, `denies "guard hurt", of which passage 1 says nothing`) {
		t.Errorf("%q: reason %q, want the apart denial of guard hurt", claim, got)
	}
}

// "No inmates were hurt" against "Two prisoners were hurt": the same
// people (a synonym), the same deed, denied.
func TestDenialThroughSynonymReview3(t *testing.T) {
	const st = " date 2023-07-27 STORY: Prison.\n\n" +
		"Soldiers retook the prison on Tuesday. Two prisoners were hurt.\n"
	claim := `Soldiers retook the prison on Tuesday, and no inmates were hurt [1].`
	if got := droppedFor(verdictOn(t, st, claim)); !strings.Contains(got, "negation") {
		t.Errorf("%q: reason %q, want a negation", claim, got)
	}
}

// The actor rule reads the deed past an adverb ("swiftly declared"); a
// passage's "according to" names its own speaker; "all together" and
// "all the guards" are no narrower quantity than the passage's.
func TestActorSpeakerQuantifierWordsReview3(t *testing.T) {
	for _, tt := range []struct{ st, claim, notWant, want string }{
		{" date 2023-07-26 STORY: Emergency.\n\nPresident Guillermo Lasso declared a state of emergency on Monday.\n",
			`Lasso swiftly declared a state of emergency on Monday [1].`, "what the claim says of", ""},
		{" date 2023-07-27 STORY: Prison.\n\nAccording to the city council, extra buses would run until midnight to take families home.\n",
			`The prison authority said extra buses would run until midnight [1].`, "", `"authority" said is said by another`},
		{" date 2023-07-27 STORY: Prison.\n\nThe guards were freed on Monday.\n",
			`The guards were freed all together on Monday [1].`, "quantifier", ""},
		{" date 2023-07-27 STORY: Prison.\n\nAll the guards were freed on Monday.\n",
			`All guards were freed on Monday [1].`, "quantifier", ""},
	} {
		got := droppedFor(verdictOn(t, tt.st, tt.claim))
		if tt.notWant != "" && strings.Contains(got, tt.notWant) {
			t.Errorf("%q: reason %q, want none of %q", tt.claim, got, tt.notWant)
		}
		if tt.want != "" && !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}
