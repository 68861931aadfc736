package ground

import (
	"regexp"
	"slices"
	"strings"

	"github.com/storybot-dev/storybot/text"
)

// pledgeRE finds what a claim says someone pledged, promised or vowed:
// the words after the verb (and its "to") to the clause's end. Not
// "promising", which is as often an adjective ("a promising step").
var pledgeRE = regexp.MustCompile(`(?i)\b(?:pledged|pledges|pledging|promised|promises|vowed|vows|vowing)\s+(?:to\s+)?([^,;:.()\[\]]{3,80})`)

// pledgeEndRE ends what was pledged where a clause of time or cause
// begins: "promised to rebuild the market after the fire destroyed it".
var pledgeEndRE = regexp.MustCompile(`(?i)\s(?:after|before|because|when|while|since|as|following|until|once|if|unless|amid)\s`)

// pledgeWords are a passage's words that tell a pledge: the verbs'
// forms, not the adjective "promising".
var pledgeWords = set("pledge pledged pledges pledging promise promised promises vow vowed vows vowing")

// pronounObjects point back at what the sentence before named: "pledged
// to rebuild it".
var pronounObjects = set("it them this these those")

// unsaidPledge returns the words of what a claim says was pledged
// ("candidates have pledged to end the state of emergency") when no
// sentence of its cited passages that tells a pledge holds most of them
// ("Some candidates have pledged prison reforms"): what was promised is
// the pledge's own sentence's, not words found elsewhere in the passage.
// A pledge sentence that holds none of them may tell its pledge in the
// sentence after ("made three promises on Sunday. He would raise ..."),
// one that points back with a pronoun in the sentence before ("Floods
// destroyed the Pinto bridge. The mayor pledged to rebuild it"). Names
// are the name rules'. A passage that tells no pledge leaves the claim
// to the other rules.
func unsaidPledge(rest string, cited []int, ev []evidence) string {
	ms := pledgeRE.FindAllStringSubmatch(rest, -1)
	if ms == nil {
		return ""
	}
	type view []*evSentence
	var pledges []view
	for _, n := range cited {
		ss := ev[n-1].sents
		for i := range ss {
			if !slices.ContainsFunc(ss[i].ws, func(w string) bool { return pledgeWords[w] }) {
				continue
			}
			v := view{&ss[i]}
			if i > 0 && slices.ContainsFunc(ss[i].ws, func(w string) bool { return pronounObjects[w] }) {
				v = append(v, &ss[i-1])
			}
			if i+1 < len(ss) {
				v = append(v, &ss[i+1]) // read only when the pledge's own holds none
			}
			pledges = append(pledges, v)
		}
	}
	if len(pledges) == 0 {
		return ""
	}
	for _, m := range ms {
		object := m[1]
		if c := pledgeEndRE.FindStringIndex(object); c != nil {
			object = object[:c[0]]
		}
		best, bestMissing := -1.0, ""
		for _, v := range pledges {
			own := v
			if next := v[len(v)-1]; len(v) > 1 && next.start > v[0].start {
				own = v[:len(v)-1] // the sentence after, apart
				if share, _ := sentencesHold(object, own); share == 0 {
					own = v // holding none, the pledge is told after it
				}
			}
			share, missing := sentencesHold(object, own)
			if share > best {
				best, bestMissing = share, missing
			}
		}
		if best >= 0 && best < MinContentShare && bestMissing != "" {
			return bestMissing
		}
	}
	return ""
}

// sentencesHold is the share of phrase's content words (names aside) the
// sentences hold, as a word, a synonym or a lemma, and the words they
// lack; a phrase of no content word is held whole.
func sentencesHold(phrase string, ss []*evSentence) (float64, string) {
	content, have, missing := phraseHeld(phrase, func(w, t string) float64 {
		if slices.ContainsFunc(ss, func(s *evSentence) bool { return s.terms[t] || anySynonymIn(s.terms, t) }) {
			return 1
		}
		l := text.Lemma(w)
		near := append(text.Synonyms(l), text.Related(l)...)
		if slices.ContainsFunc(ss, func(s *evSentence) bool {
			lem := s.lemmaSet()
			return lem[l] || slices.ContainsFunc(near, func(x string) bool { return lem[x] })
		}) {
			return LexWeight
		}
		return 0
	})
	if content == 0 {
		return 1, ""
	}
	return have / content, strings.Join(missing, " ")
}
