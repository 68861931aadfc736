package ground

import (
	"strings"
	"testing"
)

// An absence claim that the passages leave open who suffered a deed
// ("don't say who was killed in Manta", "whether anyone was hurt") is
// refuted by a sentence saying the deed of people in that clause; not by
// one that gives only the doer's object, a bare count for "who", a deed
// only tried, or lacks a word of the claim's clause.
func TestAbsenceOfWhoSufferedADeed(t *testing.T) {
	const story = "Lasso declared a state of emergency after the mayor of the city of Manta was shot dead on Sunday. " +
		"The prosecutor's office said one civilian was hurt in a Molotov cocktail attack on its office. " +
		"Officials said 31 were killed in the fighting. Guards attempted an arrest of three men at the port. " +
		"Officials warned that more guards could be wounded in Duran. Several people were injured in Guayaquil."
	for _, c := range []struct {
		claim   string
		refuted bool
	}{
		{"The passages don't say who was killed in Manta [1].", true},
		{"The passages mention an attack, but they don't say whether anyone was hurt [1].", true},
		{"The passages do not say whether anyone was killed in the fighting [1].", true}, // a count says whether
		{"The passages do not say who was killed in the fighting [1].", false},           // not who
		{"The passages don't say who shot the mayor [1].", false},                        // the doer
		{"The passages don't say whether anyone was hurt in Quito [1].", false},
		{"The passages don't say whether anyone was arrested [1].", false}, // only tried
		{"The passages don't say who was wounded at the port [1].", false},
		{"The passages don't say whether anyone was wounded in Duran [1].", false},    // only could be
		{"The passages don't say whether anyone was injured in Guayaquil [1].", true}, // "people"
	} {
		v := verdictOn(t, story, c.claim)
		if got := strings.HasPrefix(droppedFor(v), "absence"); got != c.refuted {
			t.Errorf("%q: refuted %v, want %v (%s)", c.claim, got, c.refuted, droppedFor(v))
		}
	}
}

// A clause of the deed alone ("don't say who was killed") is read with
// what the claim says before it the passages do say; the deed is said in
// the passive ("was shot dead"), not by a noun of its kind ("the death
// toll").
func TestAbsenceOfWhoSufferedReadWithItsContext(t *testing.T) {
	const story = "Ecuador's attorney general on Tuesday raised the death toll from 18 to 31. " +
		"A state of emergency was declared after the mayor of the city of Manta was shot dead on Sunday."
	for _, c := range []struct {
		claim   string
		refuted bool
	}{
		{"The passages mention an emergency declared after a shooting on Sunday, but they don't say who was killed [1].", true},
		{"The passages describe a strike at the port, but they don't say who was killed [1].", false},
		{"The passages mention a declaration on Sunday, but they don't say who was killed [1].", false}, // half only
		{"The passages say the attorney general raised the death toll, but they do not say who was killed [1].", false},
		{"The passages don't say who was killed [1].", false}, // no clause to read it with
	} {
		v := verdictOn(t, story, c.claim)
		if got := strings.HasPrefix(droppedFor(v), "absence"); got != c.refuted {
			t.Errorf("%q: refuted %v, want %v (%s)", c.claim, got, c.refuted, droppedFor(v))
		}
	}
}

// "He" after a claim that opens with a source lead ("Based on the
// passages, Guillermo Rodriguez ...") is the person it names; and a title
// that claim gave him wrongly, being dropped, does not make the deed of
// that title's holder his ("Rodriguez is Ecuador's attorney general. On
// Tuesday he raised the death toll", where the attorney general did).
func TestPronounAfterSourceLeadAndWrongTitle(t *testing.T) {
	const story = "Ecuador's attorney general on Tuesday raised the death toll from 18 to 31. " +
		"Guillermo Rodriguez is the general director of Ecuador's prison authority, the SNAI."
	for _, c := range []struct {
		reply string
		drop  string // the claim that must be dropped, or "" for none beyond the first
	}{
		{"Based on the passages, Guillermo Rodriguez heads Ecuador's prison authority [1]. On Tuesday he raised the death toll from 18 to 31 [1].", "On Tuesday he raised"},
		{"Guillermo Rodriguez is Ecuador's attorney general [1]. On Tuesday he raised the death toll from 18 to 31 [1].", "On Tuesday he raised"},
		{"Ecuador's attorney general raised the toll on Tuesday [1]. He raised the death toll from 18 to 31 [1].", ""},
	} {
		v := verdictOn(t, story, c.reply)
		got := ""
		for _, d := range v.Dropped {
			if strings.Contains(d.Claim, "he raised") || strings.Contains(d.Claim, "He raised") {
				got = d.Claim
			}
		}
		if (got != "") != (c.drop != "") {
			t.Errorf("%q: dropped %q, want %q (%s)", c.reply, got, c.drop, droppedFor(v))
		}
	}
}

// A percent the claim computes is the share of two numbers it gives
// with its passage ("1,214 to 96": 93 percent in favour), to within its
// last digit; "about" rounds only a percent of the passages, not a count
// near it ("about 97 percent" is not the 96 votes against).
func TestPercentComputedFromTheClaimsNumbers(t *testing.T) {
	const story = "Union president Marta Vergara said members had voted 1,214 to 96 in favour of the stoppage. " +
		"The union wants a 9 percent pay rise and two extra safety inspectors on every night shift."
	for _, c := range []struct {
		claim string
		kept  bool
	}{
		{"Members voted 1,214 to 96 in favour of the stoppage, meaning about 97 percent backed it [1].", false},
		{"Members voted 1,214 to 96 in favour of the stoppage, meaning about 93 percent backed it [1].", true},
		{"Members voted 1,214 to 96 in favour of the stoppage, so 92.7% backed it [1].", true},
		{"Members voted 1,214 to 96 in favour of the stoppage, so 92.1% backed it [1].", false}, // off in its last digit
		{"Members voted 1,214 to 96 in favour of the stoppage, meaning about 98 percent backed it [1].", false},
		{"The union wants a 19 percent pay rise and two extra safety inspectors [1].", false},
	} {
		v := verdictOn(t, story, c.claim)
		if got := len(v.Dropped) == 0; got != c.kept {
			t.Errorf("%q: kept %v, want %v (%s)", c.claim, got, c.kept, droppedFor(v))
		}
	}
}

// Without a percent in the passage, "about" rounds no count to a percent;
// a share of a whole the claim gives ("1,214 of 1,310") is computed too.
func TestPercentNotRoundedFromACount(t *testing.T) {
	const story = "Of the union's 1,310 members, 1,214 voted in favour of the stoppage and 96 against."
	for _, c := range []struct {
		claim string
		kept  bool
	}{
		{"Members voted 1,214 to 96 in favour of the stoppage, about 97 percent [1].", false},
		{"Of 1,310 members, 1,214 voted in favour of the stoppage, about 93 percent [1].", true},
		{"Of 1,310 members, 1,214 voted in favour of the stoppage, about 95 percent [1].", false},
	} {
		v := verdictOn(t, story, c.claim)
		if got := len(v.Dropped) == 0; got != c.kept {
			t.Errorf("%q: kept %v, want %v (%s)", c.claim, got, c.kept, droppedFor(v))
		}
	}
}
