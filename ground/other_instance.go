package ground

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/storybot-dev/storybot/text"
)

// instanceCues before a noun make it another of its kind: "also declared
// a state of emergency", "another strike", "a second attack".
var instanceCues = set("also another second separate new further")

// apartCues in a claim tell two things of a kind apart.
var apartCues = set("another second separate two both")

// otherInstance returns the noun a claim citing two passages gives the
// details of two different things of that kind: a detail (a number or a
// name) only one passage's sentence holds, and one only another's holds,
// where the second sentence brings the noun in as another ("On Monday,
// Lasso also declared a state of emergency in the provinces of Manabi"
// beside "a 60-day state of emergency for the country's prisons": "The
// 60-day state of emergency covers the provinces of Manabi"). "" when
// the details are of one thing, or of one sentence. A claim opening on
// "it" or "they" is read with the question's words for its subject.
func otherInstance(body, asked string, cited []int, scope []evidence) string {
	if len(cited) < 2 {
		return ""
	}
	if parts := contrastRE.Split(body, -1); len(parts) > 1 {
		// "Lasso declared a state of emergency in Manabi, while the
		// government's 60-day state of emergency covered the prisons":
		// each clause tells one thing; each is read alone
		for _, p := range parts {
			if noun := otherInstance(p, asked, cited, scope); noun != "" {
				return noun
			}
		}
		return ""
	}
	nums := numbersIn(body)
	ns := names(body)
	for _, w := range text.Words(body) {
		// a day is a detail too: "the 60-day prison emergency on Monday"
		if _, day := text.Weekday(w); day && !slices.Contains(ns, w) && !slices.ContainsFunc(ns, func(n string) bool { return strings.EqualFold(n, w) }) {
			ns = append(ns, w)
		}
	}
	if len(nums)+len(ns) < 2 || !hasInstanceCue(cited, scope) {
		return ""
	}
	for _, w := range text.Words(body) {
		if apartCues[w] {
			return "" // the claim keeps them apart: "another state of emergency"
		}
	}
	ct := text.TermSet(unquoted(body))
	if ws := text.Words(body); len(ws) > 0 && (ws[0] == "it" || ws[0] == "they") {
		// "It lasts 60 days ..." answers of what the question asks about
		// ("How long does the prison state of emergency last?"): its
		// nouns stand for the pronoun
		for t := range text.TermSet(asked) {
			ct[t] = true
		}
	}
	var nameWords [][]string
	for _, n := range ns {
		nameWords = append(nameWords, text.Words(n))
		for t := range text.TermSet(n) {
			delete(ct, t) // a word of a name is no kind of thing
		}
	}
	holds := func(s *evSentence, d int) bool {
		if d < len(nums) {
			return slices.Contains(s.nums, nums[d])
		}
		for _, w := range nameWords[d-len(nums)] {
			if !s.words[w] {
				return false
			}
		}
		return true
	}
	details := len(nums) + len(nameWords)
	for _, a := range cited {
		for _, b := range cited {
			if a == b {
				continue
			}
			for i := range scope[a-1].sents {
				sa := &scope[a-1].sents[i]
				for j := range scope[b-1].sents {
					sb := &scope[b-1].sents[j]
					onlyA, onlyB := false, false
					for d := 0; d < details; d++ {
						ha, hb := holds(sa, d), holds(sb, d)
						onlyA = onlyA || ha && !hb
						onlyB = onlyB || hb && !ha
					}
					if !onlyA || !onlyB {
						continue
					}
					if noun := anotherOf(sb.ws, sa.terms, ct); noun != "" {
						return noun
					}
				}
			}
		}
	}
	return ""
}

// contrastRE joins two clauses of a claim that tell two things: "...,
// while ...", "..., whereas ...", "...; ...".
var contrastRE = regexp.MustCompile(`(?i)\s*(?:,\s*)?\b(?:while|whereas)\b\s*|\s*;\s*`)

// anotherOf returns a word of sentence ws the claim (ct) and the other
// sentence (terms) also hold, brought in as a new one: after "a" or "an"
// (one word may stand between: "a new state"; or a noun and "of": "a
// state of emergency" brings in an emergency), with an instance cue
// just before that article or after it ("also declared a state", "a
// second attack", "another strike").
func anotherOf(ws sentWords, terms, ct map[string]bool) string {
	for k, w := range ws {
		t := stemOf(w)
		if t == "" || !ct[t] || !terms[t] {
			continue
		}
		if k > 0 && ws[k-1] == "another" {
			return w
		}
		reach := k - 2
		if k >= 3 && ws[k-1] == "of" {
			reach = k - 3 // "also declared a state of emergency": the emergency too
		}
		for a := k - 1; a >= 0 && a >= reach; a-- {
			if ws[a] != "a" && ws[a] != "an" {
				continue
			}
			if a+1 < k && instanceCues[ws[a+1]] || a >= 2 && instanceCues[ws[a-2]] || a >= 1 && instanceCues[ws[a-1]] {
				return w
			}
		}
	}
	return ""
}

// hasInstanceCue reports a cited sentence holding an instance cue: the
// cheap gate before otherInstance pairs sentences.
func hasInstanceCue(cited []int, scope []evidence) bool {
	for _, n := range cited {
		for i := range scope[n-1].sents {
			for w := range scope[n-1].sents[i].words {
				if instanceCues[w] {
					return true
				}
			}
		}
	}
	return false
}

// otherInstanceReason words otherInstance's finding.
func otherInstanceReason(noun string, cited []int) string {
	return fmt.Sprintf("link: the claim joins what %s say of two different things called %q", passageList(cited), noun)
}
