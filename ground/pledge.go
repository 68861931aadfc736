package ground

import (
	"regexp"
	"slices"
	"strings"

	"github.com/storybot-dev/storybot/text"
)

// pledgeRE finds what a claim says someone pledged, promised or vowed:
// the words after the verb (and its "to") to the clause's end.
var pledgeRE = regexp.MustCompile(`(?i)\b(?:pledged|pledges|pledging|promised|promises|promising|vowed|vows|vowing)\s+(?:to\s+)?([^,;:.()\[\]]{3,80})`)

// pledgeVerbs are the lemmas of the verbs of promising a passage tells a
// pledge with.
var pledgeVerbs = set("pledge promise vow")

// unsaidPledge returns the words of what a claim says was pledged
// ("candidates have pledged to end the state of emergency") when no
// sentence of its cited passages that tells a pledge holds most of them
// ("Some candidates have pledged prison reforms"): what was promised is
// the pledge's own sentence's, not words found elsewhere in the passage.
// A passage that tells no pledge leaves the claim to the other rules.
func unsaidPledge(rest string, cited []int, ev []evidence) string {
	ms := pledgeRE.FindAllStringSubmatch(rest, -1)
	if ms == nil {
		return ""
	}
	var pledges []*evSentence
	for _, n := range cited {
		for i := range ev[n-1].sents {
			s := &ev[n-1].sents[i]
			if slices.ContainsFunc(s.ws, func(w string) bool { return pledgeVerbs[text.Lemma(w)] }) {
				pledges = append(pledges, s)
			}
		}
	}
	if len(pledges) == 0 {
		return ""
	}
	for _, m := range ms {
		best, bestMissing := -1.0, ""
		for _, s := range pledges {
			share, missing := sentenceHolds(m[1], s)
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

// sentenceHolds is the share of phrase's content words (names aside) sentence s
// holds, as a word, a synonym or a lemma, and the words it lacks; a
// phrase of no content word is held whole.
func sentenceHolds(phrase string, s *evSentence) (float64, string) {
	var content, have float64
	var missing []string
	lem := s.lemmaSet()
	for _, w := range text.Words(phrase) {
		t := stemOf(w)
		if t == "" || metaTerms[t] || text.IsNumeral(t) || text.IsNumberTerm(t) || chatter(w) {
			continue
		}
		content++
		switch {
		case s.terms[t] || anySynonymIn(s.terms, t):
			have++
		case lem[text.Lemma(w)] || slices.ContainsFunc(append(text.Synonyms(text.Lemma(w)), text.Related(text.Lemma(w))...), func(x string) bool { return lem[x] }):
			have += LexWeight
		default:
			missing = append(missing, w)
		}
	}
	if content == 0 {
		return 1, ""
	}
	return have / content, strings.Join(missing, " ")
}
