package ground

import (
	"strings"
	"testing"
)

// Two blank lines between claims are shown as one.
func TestManyBlankLinesCollapse(t *testing.T) {
	ps, _ := testPassages(t)
	v, reason := Check("The toll was raised to 31 [1].\n\n\nIn Esmeraldas, 15 guards were held hostage [3].", "What happened?", ps)
	if reason != "" {
		t.Fatalf("rejected: %s", reason)
	}
	if want := "The toll was raised to 31 [1].\n\nIn Esmeraldas, 15 guards were held hostage [2]."; v.Text != want {
		t.Errorf("text = %q, want %q", v.Text, want)
	}
}

// A line right under a heading is a claim of its own, checked and shown
// without the heading (structure is not shown).
func TestLineUnderHeadingIsAClaim(t *testing.T) {
	ps, _ := testPassages(t)
	v, reason := Check("## Death toll\nThe toll was raised to 31 [1].", "What happened?", ps)
	if reason != "" {
		t.Fatalf("rejected: %s", reason)
	}
	if want := "The toll was raised to 31 [1]."; v.Text != want {
		t.Errorf("text = %q, want %q", v.Text, want)
	}
}

// A reference list right after the answer's first line is cut off.
func TestReferenceLineAfterOneClaimIsCut(t *testing.T) {
	ps, _ := testPassages(t)
	v, reason := Check("The toll was raised to 31 [1].\n[1] ecuador.txt, passage 1", "What happened?", ps)
	if reason != "" || len(v.Dropped) > 0 {
		t.Fatalf("rejected: %s (dropped %+v)", reason, v.Dropped)
	}
	if want := "The toll was raised to 31 [1]."; v.Text != want {
		t.Errorf("text = %q, want %q", v.Text, want)
	}
}

// Markers separated by a space are one group: "[1] [3]" shows as "[1][2]".
func TestSpacedMarkersAreOneGroup(t *testing.T) {
	ps, _ := testPassages(t)
	v, reason := Check("The toll rose to 31 and 15 guards were held hostage [1] [3].", "What happened?", ps)
	if reason != "" {
		t.Fatalf("rejected: %s", reason)
	}
	if want := "The toll rose to 31 and 15 guards were held hostage [1][2]."; v.Text != want {
		t.Errorf("text = %q, want %q", v.Text, want)
	}
}

// A backwards range like [3-1] is no marker: the claim cites nothing and
// is shown as written.
func TestBackwardsRangeIsNoMarker(t *testing.T) {
	ps, _ := testPassages(t)
	v := checkClaims(splitClaims("The toll was raised to 31 [3-1].", len(ps)), "What happened?", ps, evidenceOf(ps))
	if len(v.Dropped) != 1 || !strings.Contains(v.Dropped[0].Claim, "[3-1]") || v.Dropped[0].Reason != "cites no passage" {
		t.Errorf("dropped %+v, want the claim as written, citing no passage", v.Dropped)
	}
}

// "(0)" names no passage: it is left as text, not read as a marker.
func TestParenZeroIsNoMarker(t *testing.T) {
	ps, _ := testPassages(t)
	v := checkClaims(splitClaims("The toll was raised to 31 (0).", len(ps)), "What happened?", ps, evidenceOf(ps))
	if len(v.Dropped) != 1 || v.Dropped[0].Reason != "cites no passage" {
		t.Errorf("dropped %+v, want the claim citing no passage", v.Dropped)
	}
}

// A marker quoting one character cites exactly that character.
func TestOneCharacterQuoteIsCited(t *testing.T) {
	ps, s := testPassages(t)
	v, reason := Check(`In Esmeraldas, 2 other staffers were held hostage [3: "2"].`, "What happened?", ps)
	if reason != "" {
		t.Fatalf("rejected: %s", reason)
	}
	checkCitations(t, s, v.Text, v.Citations)
	if len(v.Citations) != 1 || v.Citations[0].Quote != "2" {
		t.Errorf("citations %+v, want the one quoted character", v.Citations)
	}
}

// A quote in a marker naming no passage is skipped, next to a valid one.
func TestQuoteOfMissingPassageNextToAValidMarker(t *testing.T) {
	ps, _ := testPassages(t)
	v := checkClaims(splitClaims(`The toll was raised [4: "to 31"] from 18 to 31 [1].`, len(ps)), "What happened?", ps, evidenceOf(ps))
	if len(v.Citations) != 1 || len(v.Dropped) != 0 {
		t.Errorf("citations %+v, dropped %+v; want the claim kept on passage 1", v.Citations, v.Dropped)
	}
}

// A claim without markers that names its passage ("According to passage
// 1") cites it, and is checked there; one naming none cites nothing.
func TestClaimNamingItsPassageCitesIt(t *testing.T) {
	const st = " date 2023-07-26 STORY: Prison.\n\nThe attorney general raised the death toll from 18 to 31.\n"
	for _, tt := range []struct{ claim, want string }{
		{"According to passage 1, the toll was raised to 31.", ""},
		{"According to passage 1, the toll was raised to 41.", `number "41"`},
		{"According to passage 7, the toll was raised to 31.", "cites no passage"},
		{"The toll was raised to 31.", "cites no passage"},
	} {
		v := verdictOn(t, st, tt.claim)
		if got := droppedFor(v); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
		if tt.want == "" && !strings.Contains(v.Text, "[1]") {
			t.Errorf("%q shown as %q, want it cited [1]", tt.claim, v.Text)
		}
	}
}

// "The passages don't say ..." needs no marker: it is about all of them,
// unless one of them says it after all.
func TestAbsenceWithoutMarker(t *testing.T) {
	const st = " date 2023-07-26 STORY: Prison.\n\nThe attorney general raised the death toll from 18 to 31.\n"
	for _, tt := range []struct{ claim, want string }{
		{"The passages don't say how many soldiers were injured.", ""},
		{"The passages don't name the gangs involved.", ""},
		{"The passages don't say that the attorney general raised the death toll.", "absence"},
	} {
		if got := droppedFor(verdictOn(t, st, tt.claim)); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}

// A reply that only says what the passages don't hold is an abstention
// in the model's words; one that states a fact uncited is no answer.
func TestReplyOnlyOfAbsence(t *testing.T) {
	ps, _ := testPassages(t)
	v, reason := Check("The passages don't say how many soldiers were injured.", "How many soldiers were injured?", ps)
	if reason != "" || !v.Abstained || !strings.Contains(v.Text, "don't say how many soldiers") {
		t.Errorf("abstention rejected or lost: reason %q, abstained %v, text %q", reason, v.Abstained, v.Text)
	}
	// The bot's own not-found sentence, as a model words it.
	for _, r := range []string{"The stories don't say.", "The story does not say how many soldiers were injured."} {
		if v, reason := Check(r, "How many soldiers were injured?", ps); reason != "" || !v.Abstained {
			t.Errorf("%q: abstention rejected: reason %q, abstained %v", r, reason, v.Abstained)
		}
	}
	if _, reason := Check("The soldiers did not say how many were injured.", "How many soldiers were injured?", ps); !strings.Contains(reason, "cites no passage") {
		t.Errorf("an uncited fact about a denial: reason %q, want it cites no passage", reason)
	}
	if _, reason := Check("No soldiers were injured.", "How many soldiers were injured?", ps); !strings.Contains(reason, "cites no passage") {
		t.Errorf("an uncited fact: reason %q, want it cites no passage", reason)
	}
}
