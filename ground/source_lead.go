package ground

import (
	"regexp"
	"strings"
)

// sourceLeadRE is a claim opening with where its fact comes from, in the
// words models use for their context ("Based on the provided passages,",
// "According to the sources,"), after an opening "Sure!" or "Yes,". The
// lead names the passages, not a fact of the world; a named speaker
// ("According to the union,") or a numbered passage ("According to passage
// 1,") is read by other rules, and so is a claim whose subject is the
// passages ("The passages say only that ...; they give neither his name
// ..."), which may go on to say what they lack.
var sourceLeadRE = regexp.MustCompile(`(?i)^\s*(?:(?:sure|okay|ok|yes|no|certainly|of course|absolutely)\s*[!,.]\s*)?(?:based on|according to|going by|judging by|from|per|as per|in) (?:the |these |this )?(?:provided |given |retrieved |available |above |supplied |cited )?(?:passages?|sources?|context|information|texts?|stor(?:y|ies)|articles?|excerpts?|documents?)(?: (?:provided|given|above|available))?\s*,\s*`)

// withoutSourceLead is claim without its source lead: "Based on the
// provided passages, no one was injured" is checked as "no one was
// injured", whose denial opens the clause.
func withoutSourceLead(claim string) string {
	loc := sourceLeadRE.FindStringIndex(claim)
	if loc == nil || strings.TrimSpace(claim[loc[1]:]) == "" {
		return claim
	}
	return claim[loc[1]:]
}
