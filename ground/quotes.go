package ground

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/storybot-dev/storybot/cite"
	"github.com/storybot-dev/storybot/text"
)

// quoteHit is a marker's quote found in its passage: the group it stands
// in, the passage, and the bytes of the source it matched (start == end
// when it matched the passage's title, which has no bytes in the passage).
type quoteHit struct {
	group, n   int
	start, end int
}

// quoteScope finds every marker quote of a claim in its passage (folded
// for case, quote marks, spaces and hyphens; an ellipsis's parts in
// order). It returns the reason when a quote is not there, the quotes
// found, and what the claim is checked against: for each passage the
// claim quotes, only the sentences its quotes sit in (or the title, when
// it quotes the title); other passages whole.
func quoteScope(groups []group, ev []evidence) (string, []quoteHit, []evidence) {
	var hits []quoteHit
	spans := map[int][]text.Span{}
	title := map[int]bool{}
	for gi, g := range groups {
		for _, mq := range g.quotes {
			if mq.n < 1 || mq.n > len(ev) {
				continue
			}
			e := &ev[mq.n-1]
			if s, end, ok := cite.FindQuote(e.raw, mq.q); ok {
				hits = append(hits, quoteHit{gi, mq.n, e.start + s, e.start + end})
				spans[mq.n] = append(spans[mq.n], text.Span{Start: s, End: end})
				continue
			}
			if s, end, ok := trimmedQuote(e.raw, mq.q); ok {
				hits = append(hits, quoteHit{gi, mq.n, e.start + s, e.start + end})
				spans[mq.n] = append(spans[mq.n], text.Span{Start: s, End: end})
				continue
			}
			if _, _, ok := cite.FindQuote(e.title, mq.q); ok && e.title != "" {
				hits = append(hits, quoteHit{gi, mq.n, 0, 0})
				title[mq.n] = true
				continue
			}
			return fmt.Sprintf("quote %q is not in passage %d", text.Clip(mq.q, 80), mq.n), nil, nil
		}
	}
	if len(hits) == 0 {
		return "", nil, ev
	}
	scope := make([]evidence, len(ev))
	copy(scope, ev)
	plain := plainCites(groups)
	for n, sp := range spans {
		if plain[n] {
			continue // also cited without a quote: checked whole, as a plain marker is
		}
		scope[n-1] = ev[n-1].narrow(withAntecedents(&ev[n-1], sp))
		scope[n-1].quotes = sp
		if title[n] {
			if rd := ev[n-1].titleRd; rd != nil {
				scope[n-1].addReading(rd) // the title as read once per check
			} else {
				scope[n-1].add(ev[n-1].title)
			}
		}
	}
	for n := range title {
		if spans[n] == nil && !plain[n] {
			scope[n-1] = *ev[n-1].titled
		}
	}
	return "", hits, scope
}

// plainCites are the passages a claim cites with a marker that quotes
// nothing ("… hurt [1: "…"] in the attack, which targeted its office in
// Esmeraldas [1]"): the claim's words after the quote lean on the whole
// passage, as any plain marker's do.
func plainCites(groups []group) map[int]bool {
	plain := map[int]bool{}
	for _, g := range groups {
		for _, n := range g.ns {
			quoted := false
			for _, mq := range g.quotes {
				quoted = quoted || mq.n == n
			}
			if !quoted {
				plain[n] = true
			}
		}
	}
	return plain
}

func hasQuotes(groups []group) bool {
	for _, g := range groups {
		if len(g.quotes) > 0 {
			return true
		}
	}
	return false
}

// MaxQuoteGap is how many passage words a quote may leave out and still
// count as the passage's words: models trim a quote the way people do
// ("Clashes between gangs [here] began", "members [had] voted", "the toll
// from [the violence from] 18 to 31"). Three covers a dropped adverb,
// auxiliary or short phrase; more would let a quote stitch a new claim
// out of a sentence's words.
const MaxQuoteGap = 3

// MinTrimmedQuote is the fewest words a trimmed quote must have: a short
// quote with a word left out is too little of the sentence to pin it.
const MinTrimmedQuote = 4

// gapForbidden are words a trimmed quote may not leave out: without them
// the passage says something else (a negation, a hedge, a number's size).
var gapForbidden = func() map[string]bool {
	m := set("all most some few many several every each only")
	for _, s := range []map[string]bool{negCues, hedges, magnitudes, approxWords, claimHedges} {
		for w := range s {
			m[w] = true
		}
	}
	return m
}()

// posWord is a folded word of a text and its bytes there.
type posWord struct {
	w          string
	start, end int
}

// wordsAt splits s into folded words (runs of letters and digits, as
// text.Words reads them) with their byte offsets.
func wordsAt(s string) []posWord {
	var out []posWord
	start := -1
	for i, r := range s {
		word := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
		if !word && (r == '.' || r == ',') && start >= 0 && i+1 < len(s) && isDigit(s[i-1]) && isDigit(s[i+1]) {
			word = true // "1,214", "1.5"
		}
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			out = append(out, posWord{foldWord(s[start:i]), start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, posWord{foldWord(s[start:]), start, len(s)})
	}
	return out
}

func foldWord(s string) string { return strings.Join(text.Words(s), "") }

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// trimmedQuote finds a quote whose words stand in raw in order within one
// sentence, leaving out at most MaxQuoteGap passage words in all, none of
// them a number or a word that changes what is said (gapForbidden). It
// returns the bytes of raw from the quote's first word to its last.
func trimmedQuote(raw, quote string) (start, end int, ok bool) {
	q := wordsAt(quote)
	if len(q) < MinTrimmedQuote {
		return 0, 0, false
	}
	p := wordsAt(raw)
	for i := range p {
		if p[i].w != q[0].w {
			continue
		}
		j, skipped, k := i+1, 0, 1
		for k < len(q) && j < len(p) && skipped <= MaxQuoteGap {
			if p[j].w == q[k].w {
				k++
				j++
				continue
			}
			if gapForbidden[p[j].w] || text.IsNumberTerm(p[j].w) || strings.IndexFunc(p[j].w, unicode.IsDigit) >= 0 ||
				sentenceBreak(raw[p[j-1].end:p[j].start]) {
				break
			}
			skipped++
			j++
		}
		if k == len(q) && skipped <= MaxQuoteGap && 2*skipped <= len(q) {
			s, e := p[i].start, p[j-1].end
			if !sentenceBreak(raw[s:e]) {
				return s, e, true
			}
		}
	}
	return 0, 0, false
}

// sentenceBreak reports a sentence end in s: '.', '!' or '?' followed by
// white space.
func sentenceBreak(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		switch s[i] {
		case '.', '!', '?':
			if s[i+1] == ' ' || s[i+1] == '\n' {
				return true
			}
		}
	}
	return false
}

// proForms point back to something the sentence before names: "its
// office there" (Esmeraldas), "This operation" (the one the speaker
// leads). Not the personal pronouns: "the prison authority said it
// would publish" finds its actor in its own sentence, and who did what
// is read there (a name in the sentence before is another actor). Not
// "that", most often a conjunction ("said that").
var proForms = set("there this these those")

// withAntecedents adds to the quoted spans the sentence before each
// quoted sentence that points back with a pro-form: what "there" or "he"
// stands for is read where it is named, as a reader reads it.
func withAntecedents(e *evidence, spans []text.Span) []text.Span {
	sents := append(slices.Clip(e.headlines), e.sents...)
	out := slices.Clone(spans)
	for _, sp := range spans {
		for i, s := range sents {
			if sp.End <= s.start || sp.Start >= s.end {
				continue
			}
			if i > 0 && anyIn([]sentWords{s.ws}, proForms) {
				out = append(out, text.Span{Start: sents[i-1].start, End: sents[i-1].end})
			}
			break
		}
	}
	return out
}
