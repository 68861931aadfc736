package ground

import (
	"strings"
	"testing"
)

// A paragraph whose last sentence ends with markers, after other markers
// inside it, still lends its sentences without one the markers it ends
// with: they are checked against those passages and kept when supported.
func TestSentenceInheritsTheMarkersAParagraphEndsWith(t *testing.T) {
	const p = "The toll rose to 31 dollars. Drivers pay more.\n"
	const reply = "Drivers pay more. The toll rose [1] and now costs 31 dollars [1]."
	s := " date 2023-07-26 STORY: Town news.\n\n" + p
	v := verdictOn(t, s, reply)
	if r := droppedFor(v); r != "" {
		t.Fatalf("dropped: %s", r)
	}
	if first, _, _ := strings.Cut(v.Text, "The toll"); !strings.Contains(first, "[1]") {
		t.Errorf("the first sentence is shown without its inherited marker: %q", v.Text)
	}
	// Without a marker closing the paragraph there is nothing to inherit.
	v = verdictOn(t, s, "Drivers pay more. The toll rose [1] and now costs 31 dollars, drivers said.")
	if r := droppedFor(v); r != "cites no passage" {
		t.Errorf("reason %q, want the first sentence to cite no passage", r)
	}
}

// Only a claim word longer than MinRoot letters counts as derived from a
// passage word sharing its first MinRoot letters: "visual" is too short to
// be read into "visually".
func TestSharesRootNeedsALongClaimWord(t *testing.T) {
	lem := map[string]bool{"visually": true, "regulation": true}
	for w, want := range map[string]bool{"visual": false, "visuals": true, "regulate": true, "regula": false} {
		if got := sharesRoot(w, lem); got != want {
			t.Errorf("sharesRoot(%q) = %v, want %v", w, got, want)
		}
	}
}
