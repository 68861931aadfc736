package ground

import (
	"regexp"
	"strings"
)

// Chat-register replies write names in lower case ("this came after the
// mayor of duran was shot dead"): the rules that read names by their
// capital would not see one. A word the passages the model saw write only
// with a capital, never at a sentence's start and never in lower case,
// is read as they write it ("duran": Duran, "manta": Manta).

// capital is how the passages write a word they only capitalize, and
// which of them (passage numbers from 1) write it.
type capital struct {
	form string
	in   map[int]bool
}

// trueCase returns claim with each lower-case word that the passages
// write only capitalized inside a sentence (forms, from capitalForms) as
// they write it, when a passage the claim cites writes it so: "hunt" is
// no Hunt of another passage's chancellor. Function words, modals ("may")
// and "march" (a month that is a common verb) stay.
func trueCase(claim string, forms map[string]capital, cited []int) string {
	if len(forms) == 0 {
		return claim
	}
	return lowerWordRE.ReplaceAllStringFunc(claim, func(w string) string {
		c, ok := forms[w]
		if !ok || len(c.form) != len(w) || stemOf(w) == "" || modalCues[w] || monthVerbs[w] {
			return w
		}
		if !citedIn(c.in, cited) {
			return w
		}
		return c.form
	})
}

func citedIn(in map[int]bool, cited []int) bool {
	for _, n := range cited {
		if in[n] {
			return true
		}
	}
	return false
}

var (
	lowerWordRE = regexp.MustCompile(`\b[a-z][a-z]+\b`)
	monthVerbs  = set("march")
)

// capitalForms maps the lower-case form of each word the passages (and
// titles) write capitalized after a sentence's first word, and never in
// lower case, to the form written and the passages writing it.
func capitalForms(ev []evidence) map[string]capital {
	forms, lower := map[string]capital{}, map[string]bool{}
	read := func(s string, n int) {
		for i := 0; i < len(s); {
			if !isASCIILetter(s[i]) {
				i++
				continue
			}
			j := i
			for j < len(s) && isASCIILetter(s[j]) {
				j++
			}
			w := s[i:j]
			switch {
			case w[0] >= 'a':
				lower[w] = true
			case !sentenceStart(s[:i]) && (i == 0 || s[i-1] < 0x80):
				l := strings.ToLower(w)
				c, ok := forms[l]
				if !ok {
					c = capital{form: w, in: map[int]bool{}}
					forms[l] = c
				}
				c.in[n] = true
			}
			i = j
		}
	}
	for i := range ev {
		read(ev[i].whole, i+1)
		read(ev[i].title, i+1)
	}
	for w := range lower {
		delete(forms, w)
	}
	return forms
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// sentenceStart reports text before a word that ends a sentence or a
// line (or is empty, or opens a quotation there): the word's capital may
// be the sentence's.
func sentenceStart(before string) bool {
	t := strings.TrimRight(before, " \t\"'“‘(")
	return t == "" || strings.HasSuffix(t, ".") || strings.HasSuffix(t, "!") || strings.HasSuffix(t, "?") || strings.HasSuffix(t, "\n") || strings.HasSuffix(t, ":")
}
