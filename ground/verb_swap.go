package ground

import (
	"slices"
	"strings"

	"github.com/storybot-dev/storybot/text"
)

// verbSwap: a verb put in another's place. A claim verb in the past (an
// -ed form) no cited passage holds, nor a word WordNet gives for it, whose
// object (the next content word, past an article or "of") a cited sentence
// has right after another verb in the past, has replaced that verb: "the
// walkout slowed loading" where the passage's walkout "halted the
// loading". A verb WordNet puts near the passage's (a synonym they share:
// "prompted" and "sparked" both "actuate"), or one that only says the
// thing changed ("revised the death toll" of "raised" it) is the passage's
// deed said another way. It returns the claim's verb and the passage's, or
// "".
func verbSwap(cws []string, asked string, cited []int, ev []evidence) (string, string) {
	var qt map[string]bool // the question's terms, read on first need
	for i, w := range cws {
		if !strings.HasSuffix(w, "ed") || text.Lemma(w) == w || i+1 >= len(cws) || relationVerbs[w] {
			continue // "the operation followed a 60-day state of emergency": an order, no deed done to it
		}
		if figureAt(cws, i) {
			continue // "placed the death toll at 31": a figure given, the number rules'
		}
		t := stemOf(w)
		if t == "" || metaTerms[t] || heldIn(t, w, cited, ev) {
			continue
		}
		if qt == nil {
			qt = text.TermSet(asked)
		}
		if qt[t] {
			continue // the question's own word
		}
		j := i + 1
		for j < len(cws) && (articles[cws[j]] || cws[j] == "of") {
			j++
		}
		if j >= len(cws) {
			continue
		}
		obj := stemOf(cws[j])
		if obj == "" {
			continue
		}
		for _, n := range cited {
			for k := range ev[n-1].sents {
				s := ev[n-1].sents[k].ws
				for x := 1; x < len(s); x++ {
					if stemOf(s[x]) != obj {
						continue
					}
					y := x - 1
					for y > 0 && (articles[s[y]] || text.Numbers(s[y]) != nil) {
						y--
					}
					if y > 1 && objectPreps[s[y]] && stemOf(s[y-1]) != "" && text.Lemma(s[y-2]) != s[y-2] {
						// "gained access to three cellblocks", "took
						// control of": the verb before the noun its
						// object is the preposition's
						y -= 2
					} else {
						for y > 0 && (articles[s[y]] || s[y] == "of") {
							y--
						}
					}
					o := s[y]
					if o != w && strings.HasSuffix(o, "ed") && text.Lemma(o) != o && stemOf(o) != "" && stemOf(o) != t && !kinVerbs(text.Lemma(w), text.Lemma(o)) {
						return w, o
					}
				}
			}
		}
	}
	return "", ""
}

// relationVerbs place one thing beside another in time or kind; they do
// nothing to their object.
var relationVerbs = set("followed preceded accompanied coincided included involved concerned resembled matched")

// objectPreps join a verb's noun to what the deed reached: "gained access
// to", "took control of".
var objectPreps = set("to of over into")

// kinVerbs reports two verbs (lemmas) WordNet gives a synonym in common,
// or a claim verb that says no more than that its object changed.
func kinVerbs(claim, passage string) bool {
	if changeVerbs[claim] {
		return true
	}
	ps := text.Synonyms(passage)
	for _, x := range text.Synonyms(claim) {
		if x == passage || slices.Contains(ps, x) {
			return true
		}
	}
	return slices.Contains(ps, claim)
}

// changeVerbs say only that a thing changed: "revised the toll" of a
// toll raised or lowered.
var changeVerbs = set("revise update adjust change alter modify amend correct")
