package ground

import (
	"fmt"
	"slices"
)

// firstTimeRule: a claim that something happened for the first time
// ("the first time Lasso has declared", "a first-ever strike", "never
// before"), or only once ("has declared it only once"), says the
// passages' past holds no other such thing. It needs a cited
// sentence saying so in words of its kind (firstWords: "first",
// "never", "unprecedented"); a passage that tells of it before
// ("Lasso has regularly declared") gainsays it.
func firstTimeRule(claim []string, _, all []sentWords, _ string) string {
	at := firstTimeAt(claim)
	if at < 0 || at == 1 && claim[0] == "the" {
		// "The first time Lasso spoke about the riot, he called for
		// calm": a time, no novelty
		return ""
	}
	since := ""
	for i := at; i+1 < len(claim); i++ {
		if claim[i] == "since" {
			since = claim[i+1] // "the first time since 1990"
			break
		}
	}
	kind := firstWords
	if claim[at] == "once" {
		kind = onceWords // "only once" is said by "once", "a single"
	}
	for _, s := range all {
		if !sharesTerm(s, claim, at) {
			continue // "The first inmates were moved": another thing's first
		}
		if slices.ContainsFunc(s, func(w string) bool { return kind[w] }) {
			return ""
		}
		if since != "" && slices.Contains(s, "since") && slices.Contains(s, since) {
			return "" // "had not burst its banks there since 1990"
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

// sharesTerm reports sentence s holding a content term of the claim
// besides its words of a first time (at, at+1).
func sharesTerm(s sentWords, claim []string, at int) bool {
	for i, w := range claim {
		if i == at || i == at+1 {
			continue
		}
		if t := stemOf(w); t != "" && !metaTerms[t] && !firstWords[w] && s.holdsAny([]string{t}) {
			return true
		}
	}
	return false
}

// firstTimeAt is where claim says a first time ("first time", "first-
// ever", "never before", "unprecedented") or a single one ("only once",
// "just once": its "once"), or -1.
func firstTimeAt(claim []string) int {
	for i, w := range claim {
		switch {
		case w == "first" && i+1 < len(claim) && (claim[i+1] == "time" || claim[i+1] == "ever"),
			w == "first-ever", w == "unprecedented",
			w == "never" && i+1 < len(claim) && claim[i+1] == "before",
			w == "once" && i > 0 && (claim[i-1] == "only" || claim[i-1] == "just"):
			return i
		}
	}
	return -1
}

// firstWords say a first time in a passage; againWords that a thing
// happened before.
var (
	firstWords = set("first first-ever never unprecedented record maiden")
	againWords = set("regularly repeatedly often frequently routinely again previously previous earlier")
	onceWords  = set("once single")
)
