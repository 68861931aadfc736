package ground

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/storybot-dev/storybot/text"
)

// unattributedQuote returns the reason a claim states as fact what its
// passages give only as a speaker's words: "the operation complied with
// human rights" of a soundbite in which the prison director says "This
// operation has been decisive, complied with human rights". The claim's
// words must be held mostly by a sentence inside quotation marks and by
// no sentence outside them, and the claim must name no saying (a verb of
// saying, "according to", "called", a quote of its own) and no speaker
// (a name a cited sentence gives as saying something, outside the
// quotation). Nor is it read when the question asks what was said ("what
// did the director say?": the answer is his words), nor of a claim with a
// number (an official's quoted count is the news's figure). "" when it
// holds.
func unattributedQuote(claim, asked string, cited []int, ev []evidence) string {
	body := unquoted(claim)
	if len(quotations(claim)) > 0 || asksSaid(asked) || text.Numbers(body) != nil {
		return ""
	}
	cws := text.Words(body)
	for i, w := range cws {
		// a verb of saying as a verb: inflected ("said", "calls") or after
		// an auxiliary or "to" ("did say"), not a noun ("a national issue")
		speech := (text.IsSpeechVerb(w) || reportingVerbs[text.Lemma(w)]) && (text.Lemma(w) != w || i > 0 && (auxWords[cws[i-1]] || cws[i-1] == "to"))
		if speech || attributionWords[w] || w == "according" && i+1 < len(cws) && cws[i+1] == "to" {
			return ""
		}
	}
	ct := map[string]bool{}
	for _, w := range cws {
		if t := stemOf(w); t != "" && !metaTerms[t] && !text.IsNumeral(t) {
			ct[t] = true
		}
	}
	if len(ct) < 3 {
		return ""
	}
	shared := func(s *evSentence) int {
		n := 0
		for t := range ct {
			if s.terms[t] {
				n++
			}
		}
		return n
	}
	bestIn, bestOut := 0, 0
	for _, n := range cited {
		e := &ev[n-1]
		for i := range e.sents {
			s := &e.sents[i]
			k := shared(s)
			if insideSpeech(e.raw, s.start, s.end) {
				bestIn = max(bestIn, k)
			} else {
				bestOut = max(bestOut, k)
			}
		}
	}
	if bestIn < 3 || bestIn*10 < len(ct)*6 || bestOut*2 >= bestIn {
		return ""
	}
	for _, name := range names(claim) {
		for _, n := range cited {
			e := &ev[n-1]
			for i := range e.sents {
				s := &e.sents[i]
				if attributes(s.ws) && nameOutsideQuotes(name, e.raw, s.start, s.end) {
					return "" // "Rodriguez: the operation complied ...": a speaker named
				}
			}
		}
	}
	return fmt.Sprintf("modality: %s gives this as a speaker's words, the claim states it as fact", passageList(cited))
}

// asksSaid reports a question asking what someone said: its answer is
// their words.
func asksSaid(asked string) bool { return saidAskedRE.MatchString(text.Fold(asked)) }

var saidAskedRE = regexp.MustCompile(`\b(say|says|said|saying|tell|told|statement|statements|comment|comments|claim|claims|describe|described|react|reacted|respond|responded|quote|quoted|words)\b`)

// reportingVerbs attribute what follows them, though WordNet files some
// elsewhere or as nouns first: "stated that", "stressed that".
var reportingVerbs = set("state stress note add argue insist maintain emphasize emphasise warn vow promise pledge acknowledge admit assert affirm")

// nameOutsideQuotes reports name in sentence s outside its quotation
// marks: the speaker, not a person the speaker talks of ("'Lasso has let
// us down,' the mayor said" names no Lasso speaking).
func nameOutsideQuotes(name, raw string, start, end int) bool {
	s := raw[start:end]
	if insideQuotation(raw, start, end) {
		// opening inside a quotation: only what follows its close is
		// the narrator's
		i := strings.IndexAny(strings.TrimLeft(s, " \n\"“"), "\"”")
		if i < 0 {
			return false
		}
		s = strings.TrimLeft(s, " \n\"“")[i+1:]
	}
	out := quotedSpanRE.ReplaceAllString(s, " ")
	return nameIn(name, set(strings.Join(text.Words(out), " ")))
}

var quotedSpanRE = regexp.MustCompile(`"[^"]*"|“[^”]*”|"[^"]*$|“[^”]*$`)

// attributionWords tell whose words a claim gives, besides the verbs of
// saying: "called it decisive", "in his words", "per the director".
var attributionWords = set("called calls calling describes described praised praises hailed hails insisted insists per words quoted quote claims claimed view views opinion reportedly allegedly purportedly supposedly")

// insideSpeech reports a sentence that opens inside a quotation of four
// words or more: someone's speech, not a name or a nickname in quotation
// marks ("\"Fito,\" the leader of the gang, escaped").
func insideSpeech(raw string, start, end int) bool {
	if !insideQuotation(raw, start, end) {
		return false
	}
	s := strings.TrimLeft(raw[start:end], " \n")
	if !strings.HasPrefix(s, "\"") && !strings.HasPrefix(s, "“") {
		return true // a quotation opened in a sentence before
	}
	s = strings.TrimLeft(s, "\"“")
	i := strings.IndexAny(s, "\"”")
	return i < 0 || len(text.Words(s[:i])) >= 4
}

// insideQuotation reports the sentence raw[start:end] opening inside a
// quotation: a quotation mark at its start, or an unclosed one in the
// paragraph before it.
func insideQuotation(raw string, start, end int) bool {
	if start < 0 || end > len(raw) || start >= end {
		return false
	}
	s := strings.TrimLeft(raw[start:end], " \n")
	if strings.HasPrefix(s, "\"") || strings.HasPrefix(s, "“") {
		return true
	}
	para := raw[:start]
	if i := strings.LastIndex(para, "\n\n"); i >= 0 {
		para = para[i:]
	}
	open := strings.Count(para, "“") - strings.Count(para, "”")
	if strings.Count(para, "\"")%2 == 1 {
		open++
	}
	return open > 0
}
