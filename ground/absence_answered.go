package ground

import (
	"regexp"
	"strings"

	"github.com/storybot-dev/storybot/text"
)

// whLeftRE finds what an absence claim says the passages leave open, as
// a question word and its topic: "do not say when the clashes started",
// "do not say what happened to the mayor". The topic runs to the
// clause's end.
var whLeftRE = regexp.MustCompile(`(?i)^\s+(?:exactly\s+|precisely\s+)?(when|why|what\s+happened\s+to)\s+([^;:,.()—–]+)`)

// answerKinds are the words a sentence answers each question word with:
// a day or a time for "when"; a cause for "why". "what happened to X"
// is answered by any sentence telling of X.
var answerKinds = map[string]map[string]bool{
	"when": set(`monday tuesday wednesday thursday friday saturday sunday yesterday today tonight
		january february march april may june july august september october november december
		morning afternoon evening night overnight ago earlier`),
	"why": set("because due after over amid caused cause blamed sparked triggered reason result for"),
}

// answeredAfterAll reports an absence claim whose question the cited
// passages answer: a sentence holds every word of the topic (as written,
// a stem synonym, or a WordNet synonym of its lemma: "started" for
// "began") and an answer of the asked kind ("began on Saturday" for
// "when the clashes started"). Two topic words at least, so that a
// bare "when it happened" is not read into any dated sentence.
func answeredAfterAll(body string, cited []int, ev []evidence) bool {
	for _, cue := range absenceRE.FindAllStringIndex(body, -1) {
		m := whLeftRE.FindStringSubmatch(body[cue[1]:])
		if m == nil {
			continue
		}
		wh := strings.ToLower(strings.Fields(m[1])[0])
		var topic []string
		for _, w := range text.Words(m[2]) {
			if t := stemOf(w); t != "" && !metaTerms[t] && !fillerTerms[t] {
				topic = append(topic, w)
			}
		}
		if len(topic) < 2 {
			continue
		}
		kind := answerKinds[wh]
		for _, n := range cited {
			for i := range ev[n-1].sents {
				s := &ev[n-1].sents[i]
				if kind != nil && !anyWordIn(s.words, kind) {
					continue
				}
				all := true
				for _, w := range topic {
					if !topicWordIn(w, s) {
						all = false
						break
					}
				}
				if all {
					return true
				}
			}
		}
	}
	return false
}

func anyWordIn(words, kind map[string]bool) bool {
	for w := range kind {
		if words[w] {
			return true
		}
	}
	return false
}

// topicWordIn reports w in s as written, as a stem synonym ("began" for
// "started"), through its lemma, or said from the other side ("in
// prison" of "serving a sentence", impliedBy); not a WordNet neighbour ("mayor" for
// "governor"), which would find an answer to another question.
func topicWordIn(w string, s *evSentence) bool {
	t := stemOf(w)
	if s.terms[t] || anySynonymIn(s.terms, t) || nameIn(w, s.words) || impliedInSentence(s, w) {
		return true
	}
	l := text.Lemma(w)
	for sw := range s.words {
		if text.Lemma(sw) == l {
			return true
		}
	}
	return false
}
