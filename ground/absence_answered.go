package ground

import (
	"regexp"
	"slices"
	"strings"

	"github.com/storybot-dev/storybot/text"
)

// whLeftRE finds what an absence claim says the passages leave open, as
// a question word and its topic: "do not say when the clashes started",
// "do not say what happened to the mayor", "don't say what was seized
// from the prison" (what a deed in the passive took: its participle
// opens the topic). The topic runs to the clause's end.
var whLeftRE = regexp.MustCompile(`(?i)^\s+(?:exactly\s+|precisely\s+)?(when|why|how\s+long|how\s+many|what\s+happened\s+to|what\s+(?:was|were|has\s+been|have\s+been|had\s+been))\s+([^;:,.()—–]+)`)

// answerKinds are the words a sentence answers each question word with:
// a day or a time for "when"; a length of time for "how long"; a cause
// for "why" (and for "how many", a number). "what happened to X"
// is answered by any sentence telling of X.
var answerKinds = map[string]map[string]bool{
	"when": set(`monday tuesday wednesday thursday friday saturday sunday yesterday today tonight
		january february march april may june july august september october november december
		morning afternoon evening night overnight ago earlier`),
	"how": set(`day days week weeks month months year years hour hours minute minutes`),
	"why": set("because due after over amid caused cause blamed sparked triggered reason result for"),
}

// answeredAsked reports an absence claim whose question the cited
// passages answer: a sentence holds every word of the topic (as written,
// a stem synonym, or a WordNet synonym of its lemma: "started" for
// "began") and an answer of the asked kind ("began on Saturday" for
// "when the clashes started"). Two topic words at least, so that a
// bare "when it happened" is not read into any dated sentence; one is
// enough beside an answer of the kind asked ("when the election is":
// "elections next month").
// It also reports whether the claim says which question the passages
// leave open with a question word of a kind ("when", "how long", "how
// many", "why"): then only an answer of that kind says it after all, not
// a sentence holding its words ("how many candidates pledged reforms" of
// "Some candidates have pledged reforms").
func answeredAsked(body string, cited []int, ev []evidence) (answered, asked bool) {
	for _, cue := range absenceRE.FindAllStringIndex(body, -1) {
		m := whLeftRE.FindStringSubmatch(body[cue[1]:])
		if m == nil {
			continue
		}
		f := strings.Fields(strings.ToLower(m[1]))
		wh := f[0]
		if wh == "what" && f[1] != "happened" && !text.PastParticiple(strings.Fields(m[2])[0]) {
			continue // "what was the reason": no deed's thing asked
		}
		if wh == "how" && f[1] == "many" {
			wh = "many"
		}
		var topic []string
		if wh == "what" && f[1] != "happened" {
			topic = text.Words(m[2])[:1] // the deed, even a common one ("found")
		}
		for _, w := range text.Words(m[2]) {
			if slices.Contains(topic, w) {
				continue
			}
			if wh == "how" && lastingWords[w] {
				continue // "how long it lasts": the length is the answer's
			}
			if t := stemOf(w); t != "" && !metaTerms[t] && !fillerTerms[t] {
				topic = append(topic, w)
			}
		}
		kind := answerKinds[wh]
		if kind != nil || wh == "many" {
			asked = true
		}
		if len(topic) < 2 && (wh == "why" || kind == nil && wh != "many" || len(topic) == 0) {
			// one topic word is enough beside an answer of the asked
			// kind ("when the election is": "elections next month"),
			// not beside a cause word ("after", "for" tell of much else)
			continue
		}
		for _, n := range cited {
			for i := range ev[n-1].sents {
				s := &ev[n-1].sents[i]
				if !answersKind(wh, kind, s, topic) {
					continue
				}
				if wh == "what" && (leftOpen(strings.Join(s.ws, " ")) || !toldAsDone(topic[0], s.ws)) {
					// "Police have not said what was found", "tried to
					// seize": the deed's thing is not told there
					continue
				}
				all := true
				for k, w := range topic {
					if priorAt(topic, k, s) {
						continue // "when the earlier strike ended" of "a previous strike ended"
					}
					if !topicWordIn(w, s) {
						all = false
						break
					}
				}
				if all {
					return true, true
				}
			}
		}
	}
	return false, asked
}

// toldAsDone reports the deed w told as done in ws: a word of it (as
// written, a stem synonym, or of w's lemma) asserted there (assertedIn:
// no attempt or plan before it, "tried to seize"); where another way of
// saying found it, ws holds no attempt or plan at all.
func toldAsDone(w string, ws []string) bool {
	t, l := stemOf(w), text.Lemma(w)
	if slices.ContainsFunc(ws, func(x string) bool {
		sx := stemOf(x)
		return sx == t || slices.Contains(text.StemSynonyms(t), sx) || text.Lemma(x) == l
	}) {
		return assertedIn(w, ws)
	}
	return !slices.ContainsFunc(ws, func(x string) bool { return attemptCues[x] || unassertedCues[x] })
}

// answersKind reports a sentence holding an answer of the kind asked:
// for "how many" a number counting a topic word ("14 inmates"; not a
// date, a year or another thing's count); for "how long" a number or
// "a" before a unit of time ("60-day", "a week"; not "15-year-old" or
// "years ago"); for "when" a day, a month or a time ("may" only beside a
// number), or "next"/"this" before a week, month or year; for
// "why" a word of cause.
func answersKind(wh string, kind map[string]bool, s *evSentence, topic []string) bool {
	switch wh {
	case "many":
		for _, nn := range numberNouns(s.ws) {
			if len(nn.nouns) == 0 || isYear(nn.val) {
				continue
			}
			if len(topic) == 1 {
				return true // "how many were killed": a count beside the deed
			}
			for _, w := range topic {
				t := stemOf(w)
				if slices.Contains(nn.nouns, t) || anySynonymIn(set(strings.Join(nn.nouns, " ")), t) {
					return true
				}
			}
		}
		return false
	case "how":
		for k, w := range s.ws {
			if !kind[w] || k == 0 || k+1 < len(s.ws) && (s.ws[k+1] == "old" || s.ws[k+1] == "ago") {
				continue
			}
			if p := s.ws[k-1]; p == "a" || p == "an" || p == "several" || p == "few" || len(text.Numbers(p)) > 0 {
				return true
			}
		}
		return false
	case "when":
		for k, w := range s.ws {
			switch {
			case w == "may":
				if k > 0 && len(text.Numbers(s.ws[k-1])) > 0 || k+1 < len(s.ws) && len(text.Numbers(s.ws[k+1])) > 0 {
					return true
				}
			case kind[w]:
				return true
			case relativeUnits[w] && k > 0 && (relativeLeads[s.ws[k-1]] || s.ws[k-1] == "last" && !(k+1 < len(s.ws) && s.ws[k+1] == "s")):
				return true // "next month", "last week"; not "last year's vote"
			}
		}
		return false
	}
	return kind == nil || anyWordIn(s.words, kind)
}

var (
	relativeUnits = set("week month year weekend")
	relativeLeads = set("next this coming following")
)

// lastingWords say a thing goes on: "how long the emergency lasts".
var lastingWords = set("last lasts lasted lasting run runs ran running continue continues continued go goes went remain remains remained stay stays stayed")

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
	return s.terms[t] || anySynonymIn(s.terms, t) || nameIn(w, s.words) || impliedInSentence(s, w) || lemmaIn(w, s)
}

// priorWords say a thing came before another of its kind ("an earlier
// strike", "a previous strike"), which WordNet files under senses that
// share no word.
var priorWords = set("earlier previous prior former preceding")

// priorAt reports a prior word at words[k] that s holds before the same
// thing as the word after it ("any earlier strike" of "a previous
// strike").
func priorAt(words []string, k int, s *evSentence) bool {
	return priorWords[words[k]] && k+1 < len(words) && priorOfIn(words[k+1], s)
}

// priorOfIn reports a sentence giving the thing noun as one that came
// before: a prior word right before it, or one word apart ("a previous
// strike", "an earlier dock strike"); not "a former port worker" of a
// strike, nor "earlier on Monday".
func priorOfIn(noun string, s *evSentence) bool {
	t := stemOf(noun)
	for i, w := range s.ws {
		if !priorWords[w] {
			continue
		}
		for j := i + 1; j < len(s.ws) && j <= i+2; j++ {
			if stemOf(s.ws[j]) == t {
				return true
			}
		}
	}
	return false
}
