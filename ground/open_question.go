package ground

import (
	"regexp"
	"strings"
)

// OpenQuestions returns what an absence claim says the passages leave
// open, each as a question a reader could ask of them (a question word's
// or a yes-no one): "The passages do
// not explain how the forces got inside; they only say ..." gives "how
// the forces got inside?", "don't say who raised the toll or which
// official announced it" gives two. It returns nil for a
// claim that is no absence claim, and leaves out what the claim goes on
// to say it does find ("they only say ...", "but ...", "so I can't say").
// The caller may ask them of the passages: a question they answer is one
// the claim wrongly says they leave open.
func OpenQuestions(body string) []string {
	if !absence(body) {
		return nil
	}
	var out []string
	for _, part := range whAlternatives(body) {
		cue := absenceRE.FindStringIndex(part)
		if cue == nil {
			continue
		}
		rest := part[cue[1]:]
		if c := consequenceRE.FindStringIndex(rest); c != nil {
			rest = rest[:c[0]]
		}
		if c := openEndRE.FindStringIndex(rest); c != nil {
			rest = rest[:c[0]]
		}
		yesNo := openWhetherRE.MatchString(rest)
		rest = openLeadRE.ReplaceAllString(rest, "")
		rest = strings.TrimRight(strings.TrimSpace(rest), " ,?!")
		if len(strings.Fields(rest)) < 2 {
			continue // "don't say." or "can't say exactly": no question
		}
		if !yesNo && !openWhRE.MatchString(rest) {
			// "don't mention any injuries": whether a thing is
			// mentioned at all is the check's own reading of words;
			// "do not name the gangs" its reading of names beside them
			// (doerOrName)
			continue
		}
		if openPronounRE.MatchString(rest) {
			// "who shot him", "what those reforms would involve": the
			// question leans on the claim's context, which the passages
			// can't be asked without
			continue
		}
		out = append(out, rest+"?")
	}
	return out
}

var (
	// openEndRE ends the question an absence claim leaves open: a clause
	// break, or the words saying what the passages do hold ("only that",
	// "but they say", "beyond the fact").
	openEndRE = regexp.MustCompile(`(?i)[;:.!()\[\]—–"“”]|\s-\s|,\s*(?:only|but|they|it|just|although|though|while|and\s+(?:they|it|only))\b|\s+(?:but|only|beyond|except|other\s+than|apart\s+from)|,\s*(?:pero|solo|sólo|aunque|sino|salvo|excepto)\b|\s+(?:pero|sino|salvo|excepto)\s`)
	// openWhRE opens a question; openWhetherRE a yes-no one left open
	// ("whether any official commented").
	// Spanish's, with their accents ("no dicen cuándo empezaron los
	// enfrentamientos"), are asked as written: the offline answerer
	// reads Spanish.
	openWhRE      = regexp.MustCompile(`(?i)^(?:(?:who|whom|whose|what|when|where|why|how|which)\b|(?:quién|quiénes|qué|cuándo|dónde|cómo|cuántos|cuántas|cuánto|cuánta|cuál|cuáles|por\s+qué)(?:\s|$))`)
	openWhetherRE = regexp.MustCompile(`(?i)^\s*(?:(?:whether|if)\b|si\s)`)
	// openPronounRE is a pronoun or demonstrative that points back into
	// the reply, English or Spanish ("quién lo mató": who killed him;
	// not "la", "los", articles as often as pronouns).
	openPronounRE = regexp.MustCompile(`(?i)\b(?:he|him|his|she|her|hers|it|its|they|them|their|this|that|these|those|lo|le|les|su|sus|ellos|ellas|ello|esto|eso)\b|(?:^|\s)(?:él|ella)(?:\s|$)`)
	// openLeadRE is what opens the left-open part without belonging to a
	// question: "from these passages", "whether", "exactly", "anything
	// about", "any details on".
	openLeadRE = regexp.MustCompile(`(?i)^\s*(?:(?:from|in|based\s+on)\s+(?:the|these|those|this)\s+(?:passages?|sources?|stor(?:y|ies)|articles?|reports?|texts?)\s*)?(?:(?:anything|much|any(?:\s+(?:details?|information|mention))?|details?|information|clearly|explicitly|specifically|exactly|precisely|out|in\s+detail)\s+(?:about|on|of|regarding|as\s+to)?\s*)*(?:whether|if|si\s)?\s*(?:exactly|precisely)?\s*`)
)

// NamesPassage reports a claim about one numbered or pointed-at passage
// ("passage 2 does not say", "this article doesn't"): what it says is
// missing is missing from that one, not from all.
func NamesPassage(claim string) bool { return namedPassageRE.MatchString(claim) }
