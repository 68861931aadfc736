package question

import "testing"

// Review 36b: the base-form deed of a "who" question (Deed), the office
// verbs "exercise"/"exert", and the passive read in DeedDone. Each
// expectation is argued from the question or the sentence itself.
//
// Written by an independent helper from the diff 614ba39..37cf766 alone
// (with text/ and bot/review36b_test.go: 30 cases, 25 failing at first,
// 13 of them passing before the diff). Mended: a base form must be a
// verb's (not "behind", not a misspelling like "atacked"); "exerted
// pressure" is a deed ("exert" holds an office only in its base form); a
// progressive is no passive; "was fatally shot", "was found shot" are;
// "who was armed, shot" and "was filmed attacking" are not; a "by" must
// be the deed's and its name within three words; a person noun after
// "by" ("two gunmen") is a doer; "in there" stays after an idiom's or a
// text's verb and is read before "so far", "at the time", "and". Open,
// left out: "who kill manta mayor" (a base form with no article before
// its thing is read as no deed: the victim's sentence is given).

// --- Deed -----------------------------------------------------------------

// "who behind the attack" is "who is behind the attack" with the copula
// dropped (non-native / phone typing). "behind" is a preposition, not a
// verb in its base form, so the question names no deed.
func TestReview36bDeedBehindTheAttack(t *testing.T) {
	if got := Deed("who behind the attack on the prosecutor's office?"); got != "" {
		t.Errorf("Deed = %q, want \"\" (\"behind\" is no verb)", got)
	}
}

// The most common casual form of the same question.
func TestReview36bDeedBehindThis(t *testing.T) {
	if got := Deed("who behind this??"); got != "" {
		t.Errorf("Deed = %q, want \"\" (\"behind\" is no verb)", got)
	}
}

// "atacked" is a misspelt past tense, not a verb in its base form; the
// base-form rule is for uninflected verbs, and an unknown word taken as
// the deed matches no word of any story ("attack", "attacked").
func TestReview36bDeedMisspeltPastIsNoBaseForm(t *testing.T) {
	if got := Deed("who atacked the prosecutors office"); got == "atacked" {
		t.Errorf("Deed = %q: a misspelling taken as a base-form verb", got)
	}
}

// Control: "who attack the guards" is "who attacked the guards".
func TestReview36bDeedBaseFormControl(t *testing.T) {
	if got := Deed("who attack the guards"); got != "attack" {
		t.Errorf("Deed = %q, want \"attack\"", got)
	}
}

// "exerted pressure on the judges" is something someone did, not the
// holding of an office ("exercise his defence" is); the deed is "exerted".
func TestReview36bDeedExertedPressure(t *testing.T) {
	if got := Deed("who exerted pressure on the judges?"); got != "exerted" {
		t.Errorf("Deed = %q, want \"exerted\"", got)
	}
}

// --- DeedDone -------------------------------------------------------------

func deedDone36b(sent, asked string) bool {
	return DeedDone(sent, asked, DeedTerms(Deed(asked)))
}

// "was found shot dead": the mayor suffered the shooting; the sentence
// names no one who shot him.
func TestReview36bDeedDoneFoundShotDeadSubject(t *testing.T) {
	const s = "Mayor Agustin Intriago was found shot dead in his car outside the town hall."
	if deedDone36b(s, "who shot the mayor") {
		t.Errorf("DeedDone(%q) = true: the victim read as the doer", s)
	}
}

// "was fatally shot": an adverb between the auxiliary and the deed keeps
// it passive; "Manta" is where the mayor was mayor, not who shot.
func TestReview36bDeedDoneFatallyShot(t *testing.T) {
	const s = "The mayor of Manta was fatally shot on Sunday."
	if deedDone36b(s, "who shot the mayor") {
		t.Errorf("DeedDone(%q) = true: no doer is named", s)
	}
}

// "who was armed" is a relative clause about Macias; "shot the mayor" is
// active, and its subject is Jose Macias.
func TestReview36bDeedDoneRelativeClauseBeforeDeed(t *testing.T) {
	const s = "Prosecutors say Jose Macias, who was armed, shot the mayor."
	if !deedDone36b(s, "who shot the mayor") {
		t.Errorf("DeedDone(%q) = false: Jose Macias shot the mayor", s)
	}
}

// "were attacking" is the active progressive, not the passive: the
// inmates did the attacking.
func TestReview36bDeedDoneProgressiveIsActive(t *testing.T) {
	const s = "Inmates were attacking the guards with knives when soldiers entered the prison."
	if !deedDone36b(s, "who attacked the guards") {
		t.Errorf("DeedDone(%q) = false: the inmates attacked the guards", s)
	}
}

// "was filmed attacking the guard": Macias was filmed (passive), but the
// attacking is his own deed, active.
func TestReview36bDeedDoneFilmedAttacking(t *testing.T) {
	const s = "Police said Jose Macias was filmed attacking the guard."
	if !deedDone36b(s, "who attacked the guard") {
		t.Errorf("DeedDone(%q) = false: Jose Macias attacked the guard", s)
	}
}

// "by" here belongs to "owned": Macias owns the shop, the sentence does
// not say who shot the mayor.
func TestReview36bDeedDoneByOfAnotherParticiple(t *testing.T) {
	const s = "The mayor was shot dead outside a shop owned by Jose Macias."
	if deedDone36b(s, "who shot the mayor") {
		t.Errorf("DeedDone(%q) = true: the shop's owner read as the doer", s)
	}
}

// "by a car bomb" is no doer, and Zapata is the one who said it, in
// another clause.
func TestReview36bDeedDoneByThingThenSpeaker(t *testing.T) {
	const s = "The mayor was killed by a car bomb, Interior Minister Juan Zapata said."
	if deedDone36b(s, "who killed the mayor") {
		t.Errorf("DeedDone(%q) = true: the speaker read as the doer", s)
	}
}

// "shot dead by two gunmen on a motorcycle" names the doers (the diff's
// own example of a doer after "by"); the victim's name before it must not
// hide them.
func TestReview36bDeedDoneByGunmen(t *testing.T) {
	const s = "Manta mayor Agustin Intriago was shot dead by two gunmen on a motorcycle."
	if !deedDone36b(s, "who shot the mayor") {
		t.Errorf("DeedDone(%q) = false: two gunmen shot him", s)
	}
}

// Control: a named doer after "by", past a time.
func TestReview36bDeedDoneByNameControl(t *testing.T) {
	const s = "The mayor was shot dead on Sunday by Jose Macias."
	if !deedDone36b(s, "who shot the mayor") {
		t.Errorf("DeedDone(%q) = false: Jose Macias shot him", s)
	}
}
