package ground

import (
	"slices"
	"strings"
	"unicode"

	"github.com/storybot-dev/storybot/text"
)

// openingName is the name a claim opens with, after any fronted time
// ("Guillermo Rodriguez heads the SNAI", "On Monday President Lasso
// declared"): its capitalised words, each one the passages write
// capitalised inside a sentence (forms), or "" when it opens otherwise.
func openingName(body string, forms map[string]capital) string {
	toks := strings.Fields(body)
	core := func(t string) string {
		c := strings.TrimFunc(t, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		return strings.TrimSuffix(strings.TrimSuffix(c, "’s"), "'s")
	}
	k := 0
	for k < len(toks) && k < 5 && !frontedTime(toks[:k], core) {
		k++
	}
	if k == 5 || k == len(toks) {
		k = 0 // no fronted time
	}
	var name []string
	known := false // a word of it the passages write capitalised inside a sentence
	for ; k < len(toks); k++ {
		c := core(toks[k])
		if c == "" || !unicode.IsUpper([]rune(c)[0]) || strings.ToUpper(c) == c {
			break // a lower-case word, or an acronym: a body's ("SNAI")
		}
		name = append(name, c)
		if _, ok := forms[strings.ToLower(c)]; ok {
			known = true
		}
		if strings.ContainsAny(toks[k], ",;:") {
			break
		}
	}
	if !known {
		return ""
	}
	return strings.Join(name, " ")
}

// pronounDeed reads a claim whose subject is "he" or "she" ("On Tuesday
// he raised the death toll") with the name the claim before it opened
// with, as its reader does: the deed must be said of that person, as it
// must of a name (the who rule). A model that names Rodriguez and then
// gives "he" the attorney general's deed from the next sentence has
// moved the deed. "" when the claim holds no such subject, or the deed
// is his.
func pronounDeed(claim, name, asked string, cited []int, ev []evidence) string {
	toks := strings.Fields(claim)
	core := func(t string) string {
		return strings.TrimFunc(t, func(r rune) bool { return !unicode.IsLetter(r) })
	}
	for k, t := range toks {
		if k > 4 {
			return ""
		}
		if p := strings.ToLower(core(t)); (p == "he" || p == "she") && (k == 0 || frontedTime(toks[:k], core)) {
			read := strings.Join(append(append(append([]string{}, toks[:k]...), name), toks[k+1:]...), " ")
			names := strings.Fields(name)
			_, deed := actorDeed(read, func(c string) bool { return slices.Contains(names, c) })
			if l := text.Lemma(deed); deed == "" || reportVerbs[l] || speakingDeeds[l] {
				// "He called the operation decisive": what he said is
				// the words' and the quote rules' to check
				return ""
			}
			if !deedSaid(deed, cited, ev) {
				// "She gained national attention" of "she first came to
				// national attention": a deed in other words, which the
				// word rules read; only a deed the passage gives another
				// is moved
				return ""
			}
			if why, _ := support(read, asked, cited, ev); strings.HasPrefix(why, "what the claim says of") {
				return why
			}
			return ""
		}
	}
	return ""
}

// deedSaid reports a cited sentence holding deed's lemma.
func deedSaid(deed string, cited []int, ev []evidence) bool {
	l := text.Lemma(deed)
	for _, n := range cited {
		for _, s := range ev[n-1].sents {
			for w := range s.words {
				if text.Lemma(w) == l {
					return true
				}
			}
		}
	}
	return false
}
