package ground

import (
	"fmt"
	"slices"
)

// firstTimeRule: a claim that something happened for the first time
// ("the first time Lasso has declared", "a first-ever strike", "never
// before") says the passages' past holds no such thing. It needs a cited
// sentence saying so in words of its kind (firstWords: "first",
// "never", "unprecedented"); a passage that tells of it before
// ("Lasso has regularly declared") gainsays it.
func firstTimeRule(claim []string, _, all []sentWords, _ string) string {
	at := firstTimeAt(claim)
	if at < 0 {
		return ""
	}
	for _, s := range all {
		if slices.ContainsFunc(s, func(w string) bool { return firstWords[w] }) {
			return ""
		}
	}
	for _, s := range all {
		for _, w := range s {
			if againWords[w] {
				return fmt.Sprintf("opposite: the claim says %q, the passage says it happened %s", claim[at], w)
			}
		}
	}
	return fmt.Sprintf("outcome: the claim says %q, which the passage does not", claim[at])
}

// firstTimeAt is where claim says a first time ("first time", "first-
// ever", "never before", "unprecedented"), or -1.
func firstTimeAt(claim []string) int {
	for i, w := range claim {
		switch {
		case w == "first" && i+1 < len(claim) && (claim[i+1] == "time" || claim[i+1] == "ever"),
			w == "first-ever", w == "unprecedented",
			w == "never" && i+1 < len(claim) && claim[i+1] == "before":
			return i
		}
	}
	return -1
}

// firstWords say a first time in a passage; againWords that a thing
// happened before.
var (
	firstWords = set("first first-ever never unprecedented")
	againWords = set("regularly repeatedly often frequently routinely again previously previous earlier")
)
