package ground

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/storybot-dev/storybot/text"
)

// scopeRule: a word saying how far something reached ("nationwide",
// "worldwide") or how long it goes on ("indefinitely") widens what the
// passage says; a claim holding one needs
// a cited sentence saying as much, in the word or in words of its kind
// ("across the country" for "nationwide"). "The country's prisons" is no
// nationwide state of emergency, nor is "a national issue".
func scopeRule(claim []string, _, all []sentWords, _ string) string {
	for i, w := range claim {
		kind, ok := scopeWords[w]
		if !ok || i > 0 && claim[i-1] == "not" {
			continue
		}
		for _, s := range all {
			if saysScope(s, kind) {
				return ""
			}
		}
		return fmt.Sprintf("quantifier %q is not in the passage", w)
	}
	return ""
}

// spreadRule: a claim spreading over a place what the passages tell of
// one ("walked off the job at ports across Chile" where they tell of "the
// port of Valparaiso in Chile"): a plural before "across" or
// "throughout" whose singular the cited passages hold and whose plural
// they never do, with no spread of their own.
func spreadRule(claim []string, _, all []sentWords, _ string) string {
	for i := 1; i < len(claim); i++ {
		if claim[i] != "across" && claim[i] != "throughout" {
			continue
		}
		plural := claim[i-1]
		one, ok := strings.CutSuffix(plural, "s")
		if !ok || len(one) < 3 || strings.HasSuffix(one, "s") {
			continue
		}
		holdsOne, holdsMany := false, false
		for _, s := range all {
			for _, w := range s {
				switch w {
				case one:
					holdsOne = true
				case plural, "across", "throughout":
					holdsMany = true
				}
			}
		}
		if holdsOne && !holdsMany {
			return fmt.Sprintf("quantifier: the passage tells of one %s, the claim of %s %s", one, plural, claim[i])
		}
	}
	return ""
}

// scopeWords are words of reach, each with its kind.
var scopeWords = map[string]string{
	"nationwide": "country", "countrywide": "country",
	"worldwide": "world", "globally": "world",
	"statewide": "state", "citywide": "city",
	// reach in time: "would continue indefinitely" drops the passage's
	// "until the operator agreed"
	"indefinitely": "time", "permanently": "time", "forever": "time",
}

// scopeKin are passage words saying a reach of a kind, beside its scope
// words: "an indefinite strike" says it goes on indefinitely.
var scopeKin = map[string]string{"indefinite": "time", "permanent": "time",
	// the world's reach: "the world's fifth best", "international" (and
	// a hundred countries or more: worldCount)
	"world": "world", "worlds": "world", "global": "world", "international": "world"}

// scopePhrases are the nouns after "across", "throughout", "all over"
// or "around" that say a reach of each kind.
var scopePhrases = map[string]map[string]bool{
	"country": set("country nation"),
	"world":   set("world globe"),
	"state":   set("state"),
	"city":    set("city"),
}

// saysScope reports a sentence saying a reach of the kind: a scope word
// of it ("nationwide"), or "across / throughout / all over / around the
// country" and the like.
func saysScope(s sentWords, kind string) bool {
	for i, w := range s {
		if scopeWords[w] == kind || scopeKin[w] == kind || kind == "world" && worldCount(s, i) {
			return true
		}
		if (w == "across" || w == "throughout" || w == "over" || w == "around") && i+2 < len(s) && (s[i+1] == "the" || s[i+1] == "whole" || s[i+1] == "entire") {
			n := s[i+2]
			if (n == "whole" || n == "entire") && i+3 < len(s) {
				n = s[i+3]
			}
			if scopePhrases[kind][n] {
				return true
			}
		}
	}
	return false
}

// worldCount reports "countries" counted a hundred or more ("in more than
// 190 countries"): most of the world's, its reach.
func worldCount(s sentWords, i int) bool {
	if s[i] != "countries" || i == 0 {
		return false
	}
	for _, n := range text.Numbers(s[i-1]) {
		if v, err := strconv.ParseFloat(n, 64); err == nil && v >= 100 {
			return true
		}
	}
	return false
}
