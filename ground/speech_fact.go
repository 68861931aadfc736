package ground

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/storybot-dev/storybot/text"
)

// speechAsFact: a claim that states as fact what its passage says only in
// someone's words, inside a direct quotation ("The operation complied with
// human rights" of `GUILLERMO RODRIGUEZ, SAYING: "This operation has been
// decisive, complied with human rights ..."`), without saying whose words
// they are (unless the question asks what was said). Two thirds of the
// claim's terms, and two at least, are found in
// the quotation and nowhere else in the passage. A claim that says who
// says it (a verb of saying, "according to", the speaker's name), hedges,
// or puts the words in quotation marks itself passes.
func speechAsFact(claim, asked string, cited []int, ev []evidence) string {
	if strings.ContainsAny(claim, "\"“”") || askedSaid.MatchString(asked) {
		return ""
	}
	ws := text.Words(claim)
	var terms []string
	for _, w := range ws {
		if text.IsSpeechVerb(w) || attributionWords[w] || claimHedges[w] {
			return ""
		}
		if t := stemOf(w); t != "" && !metaTerms[t] && !fillerTerms[t] && !text.IsNumeral(t) {
			terms = append(terms, t)
		}
	}
	for _, n := range cited {
		e := &ev[n-1]
		inside, outside, speakers := quotedSpeech(e.raw)
		if len(inside) == 0 || namesSpeaker(claim, speakers) {
			continue
		}
		only := 0
		for _, t := range terms {
			if inside[t] && !outside[t] {
				only++
			}
		}
		if only >= 2 && only*3 >= len(terms)*2 {
			return fmt.Sprintf("modality: passage %d says it only in a speaker's quoted words, the claim states it as fact", n)
		}
	}
	return ""
}

// attributionWords say whose view a claim gives, besides the verbs of
// saying WordNet lists.
var attributionWords = set("according per claim claims claimed insist insists insisted describe describes described call calls called credit credits credited hail hails hailed tout touts touted praise praises praised boast boasts boasted view views opinion believe believes believed consider considers considered")

// askedSaid is a question for what someone said: its answer gives the
// speaker's words as the answer, attributed by the question ("What did the
// prison director say?": "The operation was decisive").
var askedSaid = regexp.MustCompile(`(?i)\b(?:say|says|said|saying|statement|statements|quote|quotes|tell|told|claim|claims|claimed|comment|comments|react|reaction|respond|response|describe|described|call|called)\b`)

// directSpeechRE is a direct quotation between double quotation marks,
// straight or curly; quotedSpeech reads those of six words or more in
// their speaker's own voice (a first person word: "our police and armed
// forces"). A statement quoted for its facts ("The death toll has risen
// to 31," the office said) is the passage's report of them.
var directSpeechRE = regexp.MustCompile(`["“]([^"“”]{20,})["”]`)

// quotedSpeech splits a passage's terms into those of its direct
// quotations of six words or more in the first person and those of the
// rest, and gives the
// capitalised words of the rest within 120 bytes before a quotation or 60
// after it, where its speaker is named.
func quotedSpeech(raw string) (inside, outside map[string]bool, speakers map[string]bool) {
	inside, outside, speakers = map[string]bool{}, map[string]bool{}, map[string]bool{}
	last := 0
	for _, m := range directSpeechRE.FindAllStringSubmatchIndex(raw, -1) {
		if q := raw[m[2]:m[3]]; len(strings.Fields(q)) < 6 || !firstPersonRE.MatchString(q) {
			continue
		}
		for _, t := range text.Terms(raw[m[2]:m[3]]) {
			inside[t] = true
		}
		for _, t := range text.Terms(raw[last:m[0]]) {
			outside[t] = true
		}
		for _, w := range capitalWordRE.FindAllString(raw[max(last, m[0]-120):m[0]]+" "+raw[m[1]:min(len(raw), m[1]+60)], -1) {
			speakers[strings.ToLower(w)] = true
		}
		last = m[1]
	}
	for _, t := range text.Terms(raw[last:]) {
		outside[t] = true
	}
	return inside, outside, speakers
}

// namesSpeaker reports a word of the claim written with a capital that
// names someone beside a quotation (its speaker): no small word ("The"
// after a quotation opens the next sentence).
func namesSpeaker(claim string, speakers map[string]bool) bool {
	for _, m := range capitalWordRE.FindAllStringIndex(claim, -1) {
		if w := claim[m[0]:m[1]]; len(text.Terms(w)) > 0 && speakers[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// firstPersonRE is a word of the first person.
var firstPersonRE = regexp.MustCompile(`(?i)\b(?:i|we|our|ours|us|my|me|mine)\b`)

// capitalWordRE is a word written with a capital.
var capitalWordRE = regexp.MustCompile(`\p{Lu}[\p{L}'’-]+`)
