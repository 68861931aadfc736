package extract

import (
	"testing"

	"github.com/storybot-dev/storybot/text"
)

// A sentence's irregular past forms count as their base forms ("held" as
// hold, "fled" as flee, "sent" as send), which stemming never reaches; a
// plural ("lives") does not count as another word's form ("life", which
// WordNet relates to dying).
func TestWithIrregular(t *testing.T) {
	terms := withIrregular(text.TermSet("Inmates held 22 guards hostage and 85 fled; 1,500 soldiers were sent."), "Inmates held 22 guards hostage and 85 fled; 1,500 soldiers were sent.")
	for _, w := range []string{"hold", "flee", "send", "held"} {
		for _, tm := range text.Terms(w) {
			if !terms[tm] {
				t.Errorf("terms lack %q (for %q): %v", tm, w, terms)
			}
		}
	}
	lives := "Violence claimed the lives of hundreds of prisoners."
	got := withIrregular(text.TermSet(lives), lives)
	for _, tm := range text.Terms("life") {
		if got[tm] {
			t.Errorf("%q counts as saying %q", lives, tm)
		}
	}
	if len(got) != len(text.TermSet(lives)) {
		t.Errorf("withIrregular(%q) added %v", lives, got)
	}
}
