package ground

import (
	"regexp"
	"slices"
	"strings"

	"github.com/storybot-dev/storybot/text"
)

// whLeftRE finds what an absence claim says the passages leave open, as
// a question word and its topic: "do not say when the clashes started",
// "do not say what happened to the mayor". The topic runs to the
// clause's end.
var whLeftRE = regexp.MustCompile(`(?i)^\s+(?:exactly\s+|precisely\s+)?(when|why|how\s+long|how\s+many|what\s+happened\s+to)\s+([^;:,.()—–]+)`)

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
func answeredAsked(body, before string, cited []int, ev []evidence) (answered, asked bool) {
	for _, cue := range absenceRE.FindAllStringIndex(body, -1) {
		if m := sufferedLeftRE.FindStringSubmatch(body[cue[1]:]); m != nil {
			if sufferedSaid(m[2], m[3], before+" "+body[:cue[0]], !strings.EqualFold(m[1], "who"), cited, ev) {
				return true, true
			}
			asked = true
			continue
		}
		m := whLeftRE.FindStringSubmatch(body[cue[1]:])
		if m == nil {
			continue
		}
		f := strings.Fields(strings.ToLower(m[1]))
		wh := f[0]
		if wh == "how" && f[1] == "many" {
			wh = "many"
		}
		var topic []string
		for _, w := range text.Words(m[2]) {
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
				all := true
				for _, w := range topic {
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

// sufferedLeftRE finds an absence claim saying the passages leave open who
// suffered a deed: "do not say who was killed (in Manta)", "don't say
// whether anyone was hurt". Its groups are the question word, the deed's
// past participle and the clause's rest.
var sufferedLeftRE = regexp.MustCompile(`(?i)^\s+(?:exactly\s+)?(who|whether\s+any(?:one|body)|if\s+any(?:one|body))\s+(?:was|were|had\s+been|has\s+been|have\s+been|got)\s+([a-z]+)([^;:,.()—–]*)`)

// sufferedSaid reports a cited sentence that says who suffered the deed:
// the deed, asserted (not tried or to come), with people before it in
// its clause (a noun of people, "people", or a count: "one civilian was
// hurt", "the mayor of the city of Manta was shot dead"), and every
// other word of the claim's clause ("in Manta"). A passive only: "who
// shot the mayor" asks for the doer, whom a sentence naming the mayor
// does not give. A bare count ("31 were killed") says whether anyone
// suffered it, not who did (counted is false for "who"). A clause of
// the deed alone ("don't say who was killed") is read with what the
// claim says before it the passages do say: the sentence must hold more
// than half of those words (as written or by lemma, not by a synonym:
// "death toll" is no word of "shot dead"), so that "a shooting on Sunday
// ..., but they don't say who was killed" is answered by the mayor shot
// dead on Sunday, and "report who raised the death toll, but do not say
// who was killed" is not.
func sufferedSaid(deed, rest, before string, counted bool, cited []int, ev []evidence) bool {
	topic, context := contentWords(rest), []string(nil)
	if len(topic) == 0 {
		if context = contentWords(before); len(context) == 0 {
			return false
		}
	}
	deed = strings.ToLower(deed)
	for _, n := range cited {
		for i := range ev[n-1].sents {
			s := &ev[n-1].sents[i]
			if !deedSuffered(s.ws, deed, counted) {
				continue
			}
			all := true
			for _, w := range topic {
				if !topicWordIn(w, s) {
					all = false
					break
				}
			}
			held := 0
			for _, w := range context {
				if wordOrLemmaIn(w, s) {
					held++
				}
			}
			if all && (len(context) == 0 || 2*held > len(context)) {
				return true
			}
		}
	}
	return false
}

// wordOrLemmaIn reports w in s as written or through its lemma.
func wordOrLemmaIn(w string, s *evSentence) bool {
	if s.words[w] {
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

// passiveBefore reports a passive's auxiliary in the two words before
// ws[j]: "was hurt", "were shot dead"; not "the death toll".
func passiveBefore(ws []string, j int) bool {
	for k := j - 1; k >= max(0, j-2); k-- {
		if passiveAux[ws[k]] {
			return true
		}
	}
	return false
}

// contentWords are the words of s that are no talk about passages and no
// filler.
func contentWords(s string) []string {
	var out []string
	for _, w := range text.Words(s) {
		if t := stemOf(w); t != "" && !metaTerms[t] && !fillerTerms[t] {
			out = append(out, w)
		}
	}
	return out
}

// deedSuffered reports ws saying deed in the passive (a past participle,
// or a stem synonym: "killed" as "was shot dead"; not "the death toll")
// of people named at most eight
// words before it (or counted there, when counted), after any word of
// saying.
func deedSuffered(ws []string, deed string, counted bool) bool {
	t, l := stemOf(deed), text.Lemma(deed)
	for j, x := range ws {
		said := stemOf(x) == t || text.Lemma(x) == l || slices.Contains(text.StemSynonyms(t), stemOf(x))
		if !said || !passiveBefore(ws, j) || attemptAt(ws, j) || unassertedAt(ws, j) {
			continue
		}
		for k := j - 1; k >= max(0, j-8); k-- {
			w := ws[k]
			if w == "that" || text.IsSpeechVerb(w) {
				break // "officials said 31 were killed": the speakers suffered nothing
			}
			if text.IsPersonNoun(w) || w == "people" || counted && len(text.Numbers(w)) > 0 && !isYear(w) {
				return true
			}
		}
	}
	return false
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
