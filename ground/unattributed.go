package ground

import (
	"fmt"
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
// (a name a cited sentence gives as saying something). "" when it holds.
func unattributedQuote(claim string, cited []int, ev []evidence) string {
	body := unquoted(claim)
	if len(quotations(claim)) > 0 {
		return ""
	}
	cws := text.Words(body)
	for i, w := range cws {
		// a verb of saying as a verb: inflected ("said", "calls") or after
		// an auxiliary or "to" ("did say"), not a noun ("a national issue")
		speech := text.IsSpeechVerb(w) && (text.Lemma(w) != w || i > 0 && (auxWords[cws[i-1]] || cws[i-1] == "to"))
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
			if insideQuotation(e.raw, s.start, s.end) {
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
				if nameIn(name, e.sents[i].words) && attributes(e.sents[i].ws) {
					return "" // "Rodriguez: the operation complied ...": a speaker named
				}
			}
		}
	}
	return fmt.Sprintf("modality: %s gives this as a speaker's words, the claim states it as fact", passageList(cited))
}

// attributionWords tell whose words a claim gives, besides the verbs of
// saying: "called it decisive", "in his words", "per the director".
var attributionWords = set("called calls calling describes described praised praises hailed hails insisted insists per words quoted quote claims claimed")

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
