package ground

import (
	"slices"
	"strings"

	"github.com/storybot-dev/storybot/cite"
	"github.com/storybot-dev/storybot/text"
)

// MinNeighbourShare is how many content terms a claim's own words
// (outside its quotes) must share with a sentence beside the one it
// quotes, terms the quoted sentences lack, before that sentence joins
// the claim's view: the claim compresses the two sentences.
const MinNeighbourShare = 3

// compressedScope widens a quoting claim's narrowed view by the sentence
// before or after a quoted one when the claim's own words restate both:
// at least MinNeighbourShare of its own terms are the quoted sentences',
// and at least MinNeighbourShare, and half, of those they lack are that
// sentence's ("Relatives gathered outside the
// prison on Wednesday ...; many spent the night on the pavement [1: "Many
// had spent the night on the pavement"]", where the day is the sentence
// before's). A date, a number or a name the claim takes from its
// neighbour is then read there; one from further away is still missing.
// It returns nil when no view widens.
func compressedScope(body string, cited []int, scope []evidence) []evidence {
	own := text.TermSet(unquoted(body))
	qs := quotations(body)
	if len(own) < MinNeighbourShare-1 || len(own) < MinNeighbourShare && len(qs) == 0 {
		return nil
	}
	ns := names(unquoted(body))
	ns = slices.DeleteFunc(ns, func(name string) bool { return placed(unquoted(body), name) })
	var out []evidence
	for _, n := range cited {
		v := &scope[n-1]
		if !v.quoted || v.full == nil {
			continue
		}
		e := v.full
		kept := map[int]bool{} // start offsets of the view's sentences
		for i := range v.sents {
			kept[v.sents[i].start] = true
		}
		lack := map[string]bool{} // own terms the quoted sentences (and the other views) lack
		inView := 0
		for t := range own {
			if v.terms[t] {
				inView++
			} else if !inOther(t, n, cited, scope) {
				lack[t] = true
			}
		}
		need := MinNeighbourShare
		if quotesView(qs, v) {
			// the claim quotes the quoted sentences word for word: what
			// it says of them is that quotation, and its own words are
			// the neighbour's ("She has had no news of her son since
			// Friday and said: "They tell us nothing."")
			need, inView = MinNeighbourShare-1, MinNeighbourShare
		}
		antecedent := false
		if len(lack) > 0 && len(lack) < need && pronounIn(v.words) && peopleLacked(lack, body) {
			// "prays her son's name is not there [1: "... pray his name is
			// not there"]": the person the quote's "his" stands for,
			// named in the sentence before it
			need, antecedent = len(lack), true
		}
		if len(lack) < need || inView < MinNeighbourShare {
			continue // nothing to widen by, or the own words say nothing of the quoted sentences
		}
		var spans []text.Span
		widened := false
		for i := range e.sents {
			if !kept[e.sents[i].start] {
				continue
			}
			spans = append(spans, text.Span{Start: e.sents[i].start, End: e.sents[i].end})
			for _, j := range []int{i - 1, i + 1} {
				if j < 0 || j >= len(e.sents) || kept[e.sents[j].start] || antecedent && j != i-1 {
					continue
				}
				shared := 0
				for t := range lack {
					if e.sents[j].terms[t] {
						shared++
					}
				}
				if shared >= need && 2*shared >= len(lack) && !nameApart(ns, v.words, e.sents[j].words) {
					spans = append(spans, text.Span{Start: e.sents[j].start, End: e.sents[j].end})
					widened = true
				}
			}
		}
		if !widened {
			continue
		}
		if out == nil {
			out = make([]evidence, len(scope))
			copy(out, scope)
		}
		out[n-1] = e.narrow(spans)
		out[n-1].quotes = v.quotes
	}
	return out
}

// thirdPersons are the pronouns that stand for someone named before.
var thirdPersons = set("he him his she her hers they them their")

// pronounIn reports a third-person pronoun among words.
func pronounIn(words map[string]bool) bool {
	for w := range thirdPersons {
		if words[w] {
			return true
		}
	}
	return false
}

// peopleLacked reports every lacking term a person noun the claim writes
// ("son", "mother"; not "wall", nor a name): what a pronoun may stand for.
func peopleLacked(lack map[string]bool, body string) bool {
	seen := map[string]bool{}
	for _, w := range text.Words(unquoted(body)) {
		if t := stemOf(w); lack[t] {
			if !text.IsPersonNoun(w) {
				return false
			}
			seen[t] = true
		}
	}
	return len(seen) == len(lack)
}

// inOther reports a term another cited passage's view holds.
func inOther(t string, n int, cited []int, scope []evidence) bool {
	for _, m := range cited {
		if m != n && scope[m-1].terms[t] {
			return true
		}
	}
	return false
}

// nameApart reports a name of the claim that the quoted sentences hold
// and their neighbour does not: the claim joins one sentence's actor to
// the other's deed ("The SNAI general director, Guillermo Rodriguez,
// raised the death toll" from "Guillermo Rodriguez is the general
// director" beside "The attorney general raised the death toll"). A
// place ("violence broke out in Esmeraldas") is where, not who: left out
// by the caller.
func nameApart(ns []string, quoted, beside map[string]bool) bool {
	for _, name := range ns {
		if nameIn(name, quoted) && !nameIn(name, beside) {
			return true
		}
	}
	return false
}

// placePreps put a place after them.
var placePreps = []string{"in ", "at ", "near ", "outside ", "inside "}

// placed reports a name the claim writes only after a preposition of
// place: "in Esmeraldas".
func placed(claim, name string) bool {
	seen := false
	for at := 0; ; {
		i := strings.Index(claim[at:], name)
		if i < 0 {
			return seen
		}
		i += at
		before := strings.ToLower(claim[max(0, i-8):i])
		ok := false
		for _, p := range placePreps {
			if strings.HasSuffix(before, " "+p) || before == p {
				ok = true
			}
		}
		if !ok {
			return false
		}
		seen = true
		at = i + len(name)
	}
}

// compressedRules are the rules a compressed neighbour may answer: what
// the narrowed view lacks (a word, a day, a number, a name).
var compressedRules = set("words date number name")

// quotesView reports a quotation of the claim (qs) that the view's
// quoted sentences hold word for word.
func quotesView(qs []string, v *evidence) bool {
	for _, q := range qs {
		if len(text.Words(q)) < 3 {
			continue // a word or two is a label, not the sentence
		}
		if _, _, ok := cite.FindQuote(v.raw, q); ok {
			return true
		}
	}
	return false
}
