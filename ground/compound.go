package ground

import (
	"strings"

	"github.com/storybot-dev/storybot/text"
)

// memberNouns, after a noun, name one of its people: "staff members"
// are the passage's "staffers".
var memberNouns = set("member members person people worker workers")

// joinedIn reports a two-word compound of the claim (prev w) that the
// passage writes as one word, which holds both its words: "police men" as "policemen", "staff
// members" as "staffers". The first word is the passage word's whole
// head (at least four letters), so "staff meeting" is no "staffers".
func joinedIn(prev, w string, words map[string]bool) bool {
	if len(prev) < 4 {
		return false
	}
	if words[prev+w] || words[prev+w+"s"] {
		return true
	}
	return memberNouns[w] && (words[prev+"er"] || words[prev+"ers"])
}

// compoundIn reports claim word i part of a noun of two words whose other
// words in WordNet a cited passage holds whole: "petrol bomb" of "a
// Molotov cocktail attack", "prison guards" of "jailers".
func compoundIn(cws []string, i int, words map[string]bool) bool {
	for _, at := range []int{i - 1, i} {
		if at < 0 || at+1 >= len(cws) {
			continue
		}
		for _, syn := range text.CompoundSynonyms(cws[at], cws[at+1]) {
			if syn == cws[at] || syn == cws[at+1] || syn == text.Lemma(cws[at+1]) {
				continue // "life sentence": "life" alone is no sentence
			}
			held := true
			for _, w := range strings.Fields(syn) {
				if !words[w] && !words[w+"s"] {
					held = false
				}
			}
			if held {
				return true
			}
		}
	}
	return false
}
