package ground

import (
	"fmt"
	"slices"
)

// titleNameRule: a title the claim sets before a name the passages hold
// ("President Guillermo Rodriguez") must be that person's in some cited
// sentence: one holding both the name and the title ("current President
// Guillermo Lasso", "Guillermo Rodriguez is the general director") or the
// next one ("... The president said"), as written or a word for it
// ("prosecutor" of "attorney general"). When no
// sentence naming the person holds it, the claim has given the person a
// post the passages don't (someone else's, or none). A name no passage
// holds is left to the name rules; a name is two words the passages write
// together after the title.
func titleNameRule(claim []string, _, all []sentWords, _ string) string {
	for i := 0; i+1 < len(claim); i++ {
		title := claim[i]
		if !formalTitles[title] || stemOf(claim[i+1]) == "" || i > 0 && prepositions[claim[i-1]] {
			continue // "in general, automotive technicians ...": no title
		}
		// the name after the title: two words the passages write
		// together ("guillermo rodriguez"); one word may be no name at
		// all ("the president said")
		if i+2 >= len(claim) || stemOf(claim[i+2]) == "" || !bigramIn(all, claim[i+1], claim[i+2]) {
			continue
		}
		last := claim[i+2]
		tt := stemOf(title)
		holdsTitle := func(s sentWords) bool {
			for _, w := range s {
				if t := stemOf(w); t == tt || t != "" && anySynonymIn(map[string]bool{t: true}, tt) {
					return true
				}
			}
			return false
		}
		named, titled := false, false
		for k, s := range all {
			if !slices.Contains(s, last) {
				continue
			}
			named = true
			// the title in the sentence naming the person, or in the
			// next going on about them ("Guillermo Lasso spoke in
			// Quito. The president said ...")
			titled = titled || holdsTitle(s) || k+1 < len(all) && theTitleSays(all[k+1], title)
		}
		if named && !titled {
			return fmt.Sprintf("who: the passage never calls %s the %s", last, title)
		}
	}
	return ""
}

// bigramIn reports a sentence holding a then b.
func bigramIn(all []sentWords, a, b string) bool {
	for _, s := range all {
		for j := range s {
			if holdsAt(s, j, []string{a, b}) {
				return true
			}
		}
	}
	return false
}

// formalTitles are the posts written before a name ("President Guillermo
// Lasso", "General Director Guillermo Rodriguez").
var formalTitles = set("president minister director governor mayor senator judge general colonel captain commander prosecutor ambassador secretary chairman chairwoman superintendent warden")

// theTitleSays reports "the <title>" as the subject of a verb in s: "The
// president said", "the minister has", a definite description of someone
// just named (not "current President Guillermo Lasso", another's name).
func theTitleSays(s sentWords, title string) bool {
	for i := 1; i+1 < len(s); i++ {
		if s[i] == title && s[i-1] == "the" && titleVerbs[s[i+1]] {
			return true
		}
	}
	return false
}

// titleVerbs follow a titled subject: "the president said".
var titleVerbs = set("said says added told announced declared has had is was will would")
