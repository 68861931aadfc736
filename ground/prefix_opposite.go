package ground

import (
	"fmt"
	"strings"

	"github.com/storybot-dev/storybot/text"
)

// prefixOppositeRule: a claim word that is an anchor word with "un" before
// it says the opposite ("halted the unloading" where the passage has "the
// loading", "unarmed" where it has "armed"), when the claim doesn't hold
// the anchor's word too. Only participles and adjectives ("-ed", "-ing",
// "-able", "-ly") whose base is a dictionary word: "unless", "united" and
// "until" are no negated words. A base the anchor denies ("not likely")
// says what the claim's word says.
func prefixOppositeRule(claim []string, anchor, _ []sentWords, _ string) string {
	have := map[string]bool{}
	for _, w := range claim {
		have[w] = true
	}
	for _, w := range claim {
		base, ok := strings.CutPrefix(w, "un")
		if !ok || len(base) < 4 || !negatableForm(base) || have[base] || anyIn(anchor, set(w)) {
			continue
		}
		if !text.IsWord(w) || !text.IsWord(base) {
			continue
		}
		if heldPlain(anchor, base) {
			return fmt.Sprintf("opposite: the claim says %q where the passage says %q", w, base)
		}
	}
	return ""
}

// negatableForm reports a participle or adjective ending: what "un" negates.
func negatableForm(w string) bool {
	for _, suf := range []string{"ed", "ing", "able", "ly"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// heldPlain reports an anchor sentence holding w with no negation in the
// two words before it: "not likely" says what "unlikely" says.
func heldPlain(anchor []sentWords, w string) bool {
	for _, s := range anchor {
		for j, x := range s {
			if x != w {
				continue
			}
			denied := false
			for k := max(0, j-2); k < j; k++ {
				if isNeg(s, k) {
					denied = true
				}
			}
			if !denied {
				return true
			}
		}
	}
	return false
}
