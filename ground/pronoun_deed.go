package ground

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/storybot-dev/storybot/text"
)

// antecedent is the person a claim's "he" or "she" is read as: the name
// the claim before it opened with, and what that claim said of him.
type antecedent struct {
	name string   // "Guillermo Rodriguez"
	said []string // the terms that claim said of him: "general", "director", "snai"
}

// openingName is the person a claim opens with, after any fronted time
// ("Guillermo Rodriguez heads the SNAI", "On Monday President Lasso
// declared"): its capitalised words, one of them a word the passages
// write capitalised inside a sentence (forms). There is none when the
// claim opens otherwise, with an acronym (a body's: "SNAI runs"), or
// names another person after it ("Lasso met Attorney General Diana
// Salazar": whom a "she" then means, the words cannot tell).
func openingName(body string, forms map[string]capital) antecedent {
	toks := strings.Fields(withoutFrontedTime(body))
	core := nameCore
	capitalised := func(c string) bool { return c != "" && unicode.IsUpper([]rune(c)[0]) }
	var name []string
	known := false // a word of it the passages write capitalised inside a sentence
	k := 0
	for ; k < len(toks); k++ {
		c := core(toks[k])
		if !capitalised(c) || strings.ToUpper(c) == c {
			break // a lower-case word, or an acronym: a body's ("SNAI")
		}
		name = append(name, c)
		if _, ok := forms[strings.ToLower(c)]; ok {
			known = true
		}
		if strings.ContainsAny(toks[k], ",;:") {
			k++
			break
		}
	}
	if !known {
		return antecedent{}
	}
	var said []string
	rest := toks[k:]
	for j, t := range rest {
		c := core(t)
		if j+1 < len(rest) && capitalised(c) && capitalised(core(rest[j+1])) && !strings.ContainsAny(t, ",;:") {
			// another person's name of two words or more ("met Attorney
			// General Diana Salazar", "appointed John Reimberg"): "he" or
			// "she" may be either. A place ("Ecuador's prison
			// authority") is one word.
			return antecedent{}
		}
		if st := stemOf(strings.ToLower(c)); st != "" {
			said = append(said, st)
		}
	}
	return antecedent{name: strings.Join(name, " "), said: said}
}

// opensWithPronoun reports a claim whose subject is "he" or "she", first
// or after a fronted time ("On Tuesday he raised ...").
func opensWithPronoun(body string) bool {
	f := strings.Fields(withoutFrontedTime(body))
	if len(f) == 0 {
		return false
	}
	p := strings.ToLower(wordCore(f[0]))
	return p == "he" || p == "she"
}

// pronounDeed reads a claim whose subject is "he" or "she" ("On Tuesday
// he raised the death toll") as of the person the claim before it opened
// with, as its reader does: the deed must be said of that person, as the
// who rule wants of a name. A model that names Rodriguez and then gives
// "he" the attorney general's deed from the next sentence has moved the
// deed. Left be, returning "": no such subject; a passive ("he was
// captured", done to him); speech ("he called the operation decisive",
// the speech rules'); a deed no cited sentence holds (paraphrase, the
// word rules'); and a deed told in a sentence sharing two terms with what
// the claim before said of him ("the SNAI director ordered" after
// "Rodriguez is the general director of the SNAI"), which tells it of him
// by his title.
func pronounDeed(claim string, who antecedent, cited []int, ev []evidence) string {
	if who.name == "" || !opensWithPronoun(claim) {
		return ""
	}
	toks := strings.Fields(withoutFrontedTime(claim))
	read := who.name + " " + strings.Join(toks[1:], " ")
	names := strings.Fields(who.name)
	isName := func(c string) bool { return slices.Contains(names, c) }
	actor, deed := actorDeed(read, isName)
	if l := text.Lemma(deed); deed == "" || reportVerbs[l] || speakingDeeds[l] || passiveDeed(toks, deed) {
		return ""
	}
	held := deedSentences(deed, cited, ev)
	if len(held) == 0 {
		return ""
	}
	for _, s := range held {
		shared := 0
		for _, t := range who.said {
			if s.terms[t] {
				shared++
			}
		}
		if shared >= 2 {
			return "" // his title's sentence: his deed
		}
	}
	if deedNear(actor, deed, isName, cited, ev) {
		return ""
	}
	if asp := aspectOf(read, deed); asp != "" && deedNear(actor, asp, isName, cited, ev) {
		return ""
	}
	return fmt.Sprintf("what the claim says of %q is not said of it in %s (%q)", actor[len(actor)-1], passageList(cited), deed)
}

// pronounRole reads a claim giving "he" or "she" a role ("She is a
// volunteer from a local church", "He was a guard") as of the person the
// claim before it opened with: a role given him in passages that never
// name him is another's, whose sentence the passage holds ("Volunteers
// from a local church handed out water" said of Maria Fernanda Quiroz,
// whom another passage names as an inmate's mother). "" when the claim
// gives no role, or a cited passage (or its title) holds a word of his
// name.
func pronounRole(claim string, who antecedent, cited []int, ev []evidence) string {
	if who.name == "" || !opensWithPronoun(claim) {
		return ""
	}
	toks := strings.Fields(strings.ToLower(withoutFrontedTime(claim)))
	if len(toks) < 4 || !copulas[toks[1]] || !articles[toks[2]] {
		return ""
	}
	names := text.Words(who.name)
	for _, n := range cited {
		e := &ev[n-1]
		title := set(strings.Join(text.Words(e.title), " "))
		for _, w := range names {
			if e.words[w] || title[w] {
				return ""
			}
		}
	}
	return fmt.Sprintf("who: the claim makes %s %s, in %s, which never names %s", who.name, strings.Join(toks[2:4], " "), passageList(cited), who.name)
}

// passiveDeed reports deed right after a form of "be" in toks: "he was
// captured" tells what was done to him.
func passiveDeed(toks []string, deed string) bool {
	for k := 1; k < len(toks); k++ {
		if text.Fold(strings.Trim(toks[k], ",.;:")) == deed {
			return beForms[strings.ToLower(toks[k-1])]
		}
	}
	return false
}

// deedSentences are the cited sentences holding deed's lemma.
func deedSentences(deed string, cited []int, ev []evidence) []*evSentence {
	l := text.Lemma(deed)
	var out []*evSentence
	for _, n := range cited {
		for i := range ev[n-1].sents {
			s := &ev[n-1].sents[i]
			for w := range s.words {
				if text.Lemma(w) == l {
					out = append(out, s)
					break
				}
			}
		}
	}
	return out
}
