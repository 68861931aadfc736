package ground

import (
	"fmt"
	"slices"

	"github.com/storybot-dev/storybot/text"
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
		if i > 0 {
			if why := titleModifier(claim[i-1], title, last, all); why != "" {
				return why
			}
		}
	}
	return ""
}

// titleModifier: the word a claim sets before a title ("labour minister
// Ricardo Solis") must be the passages' where they give the person that
// title with a word of their own before it ("Chile's transport minister,
// Ricardo Solis"): another post of the same rank is another's. Words of
// time or standing ("current", "former") and a claim's own that the
// naming sentence holds anywhere (or its root: "Chilean" of "Chile's")
// pass. Another sentence's "labour minister" is another person's post.
func titleModifier(mod, title, last string, all []sentWords) string {
	if stemOf(mod) == "" || titleStanding[mod] || prepositions[mod] {
		return ""
	}
	theirs := ""
	for _, s := range all {
		if !slices.Contains(s, last) {
			continue
		}
		if slices.Contains(s, mod) || slices.ContainsFunc(text.Related(mod), func(r string) bool { return slices.Contains(s, r) }) {
			return "" // the sentence naming him says it somewhere, or its root ("Chilean": Chile's)
		}
		li := slices.Index(s, last)
		for j := 1; j < len(s); j++ {
			// the title beside the name, before it or after: "transport
			// minister, Ricardo Solis", "Ricardo Solis, the transport
			// minister"
			if s[j] == title && stemOf(s[j-1]) != "" && !titleStanding[s[j-1]] && j-li <= 5 && li-j <= 4 {
				theirs = s[j-1]
			}
		}
	}
	if theirs == "" || theirs == mod {
		return ""
	}
	return fmt.Sprintf("who: the passage calls %s the %s %s, not the %s %s", last, theirs, title, mod, title)
}

// titleStanding are words before a title that tell when or how someone
// holds it, not which post: "current President", "former minister".
var titleStanding = set("current former then new acting interim outgoing incoming late deputy vice chief senior top head")

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
