package ground

import (
	"fmt"
	"strings"

	"github.com/storybot-dev/storybot/text"
)

// attemptCues make the verb after them an attempt: "try to retake",
// "attempted to flee".
var attemptCues = set("try tries tried trying attempt attempts attempted attempting")

// attemptAt reports an attempt cue within the three words before words[i].
func attemptAt(words []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if attemptCues[words[k]] {
			return true
		}
	}
	return false
}

// attemptRule: an attempt is no outcome. A claim stating a deed ("soldiers
// and police successfully retook the prison") that the sentences saying
// what it says hold only as an attempt ("try to retake a rioting prison")
// states an outcome the passage does not hold, unless a cited sentence
// says it was done. The claim's own attempt
// ("tried to retake"), a participle after an auxiliary, a gerund, or the
// verb's bare form (an instruction: "Post a missed connection") says no
// more.
func attemptRule(claim []string, anchor, all []sentWords, _ string) string {
	tried := map[string]bool{} // lemmas of the words the anchor attempts
	for _, s := range anchor {
		for j, x := range s {
			if attemptCues[x] {
				for k := j + 1; k < len(s) && k <= j+3; k++ {
					if l := text.Lemma(s[k]); l != "" {
						tried[l] = true
					}
				}
			}
		}
	}
	if len(tried) == 0 {
		return "" // nothing tried: nothing to read
	}
	for i, w := range claim {
		l := text.Lemma(w)
		if !tried[l] || l == w || stemOf(l) == "" || attemptCues[w] || attemptAt(claim, i) || irrealisAt(claim, i) || participleAt(claim, i) || strings.HasSuffix(w, "ing") {
			continue
		}
		done := false
		for _, s := range all {
			for j, x := range s {
				if (x == l || x == w || text.Lemma(x) == l) && !attemptAt(s, j) {
					done = true
				}
			}
		}
		if !done {
			return fmt.Sprintf("outcome: the passage has %q only as an attempt", l)
		}
	}
	return ""
}
