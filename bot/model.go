package bot

import (
	"context"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storybot-dev/storybot/prompts"
)

// answerWithModel asks the Generator and checks its reply. It fills ans
// and returns "" when the reply can be shown, or the reason it cannot (the
// caller then gives the extractive answer with that reason).
func (b *Bot) answerWithModel(ctx context.Context, q Question, ans *Answer) string {
	res, err := b.gen.Generate(ctx, GenerateRequest{
		Question: ans.Question, History: q.History, Passages: ans.Passages, OnPartial: partials(q.OnPartial),
	})
	if err != nil {
		return fmt.Sprintf("model failed: %v", err)
	}
	u := res.Usage
	ans.Usage = &u // tokens were spent even when the reply is rejected
	c, reason := checkReply(res.Text, ans.Passages)
	if reason != "" {
		return reason
	}
	ans.Text, ans.Citations, ans.Abstained = c.text, c.citations, c.abstained
	return ""
}

// partials wraps a surface's OnPartial: the growing text it shows pings
// nobody, and the not-found marker is never shown as if it were an answer.
func partials(f func(string)) func(string) {
	if f == nil {
		return nil
	}
	return func(s string) {
		t := strings.TrimSpace(s)
		if strings.HasPrefix(prompts.NotFoundMarker, t) || strings.Contains(t, prompts.NotFoundMarker) {
			return
		}
		f(SanitizeMentions(s))
	}
}

// checked is a model reply that passed the checks.
type checked struct {
	text      string
	citations []Citation
	abstained bool
}

// markerRE matches a citation marker: [3], or a list such as [1, 2].
var markerRE = regexp.MustCompile(`\[\s*(\d+(?:\s*,\s*\d+)*)\s*\]`)

// quoteRE matches text in double quotation marks, straight or curly, line
// breaks included (a quote the model wrapped is still checked), up to the
// length of a long quoted paragraph.
var quoteRE = regexp.MustCompile(`"([^"]{1,1000})"|“([^”]{1,1000})”`)

// group is a run of markers in the reply, as in "[1][3]".
type group struct {
	start, end int   // bytes of the reply
	ns         []int // passage numbers, valid or not
}

// quote is text the model put in quotation marks.
type quote struct {
	start, end int    // bytes of the reply, marks included
	text       string // without the marks
	gov        int    // the group it is attributed to, or -1
}

// checkReply checks a model's reply against the passages it was given:
// markers that point to no passage are dropped; a reply with no valid
// marker left, or with a quote not found in the passage it cites, is
// rejected with the reason; the not-found marker becomes an abstention.
// Each remaining marker becomes a citation of the passage sentence that
// best supports its claim (the one holding the quote, when there is one),
// numbered in order of first use.
func checkReply(reply string, ps []Passage) (checked, string) {
	if strings.Contains(reply, prompts.NotFoundMarker) {
		return checked{text: NotFound, citations: []Citation{}, abstained: true}, ""
	}
	groups := findGroups(reply)
	valid := func(n int) bool { return n >= 1 && n <= len(ps) }
	cited := map[int]bool{}
	for _, g := range groups {
		for _, n := range g.ns {
			if valid(n) {
				cited[n] = true
			}
		}
	}
	if len(cited) == 0 {
		return checked{}, "model answer cites no passage"
	}

	// Every quote must be found in a passage it is attributed to.
	quotes := findQuotes(reply, groups)
	// found[n] holds the span of passage n's source matching a quote
	// attributed to group g, keyed by group.
	type hit struct{ start, end int }
	found := map[[2]int]hit{}
	for _, qt := range quotes {
		var cands []int
		if qt.gov >= 0 {
			for _, n := range groups[qt.gov].ns {
				if valid(n) {
					cands = append(cands, n)
				}
			}
		}
		if len(cands) == 0 {
			for n := 1; n <= len(ps); n++ {
				if cited[n] {
					cands = append(cands, n)
				}
			}
		}
		ok := false
		for _, n := range cands {
			p := &ps[n-1]
			if s, e, in := findQuote(p.Text, qt.text); in {
				ok = true
				if qt.gov >= 0 {
					found[[2]int{qt.gov, n}] = hit{p.Start + s, p.Start + e}
				}
				break
			}
		}
		if !ok {
			return checked{}, fmt.Sprintf("model quote not found in the passage it cites: %q", clip(qt.text, 80))
		}
	}

	// Rebuild the text with renumbered markers.
	var (
		b     strings.Builder
		cites []Citation
		num   = map[[3]string]int{}
		last  int
	)
	for gi, g := range groups {
		seg := reply[last:g.start]
		claim := reply[prevEnd(groups, gi):g.start]
		var marks []int
		for _, n := range g.ns {
			if !valid(n) {
				continue
			}
			p := &ps[n-1]
			start, end := p.Start, p.End
			if h, ok := found[[2]int{gi, n}]; ok {
				start, end = covering(p, h.start, h.end)
			} else if sp, ok := bestSentence(p, claim); ok {
				start, end = sp.start, sp.end
			}
			key := [3]string{p.Source, strconv.Itoa(start), strconv.Itoa(end)}
			c, seen := num[key]
			if !seen {
				c = len(cites) + 1
				num[key] = c
				cites = append(cites, cite(c, p, start, end))
			}
			if !containsInt(marks, c) {
				marks = append(marks, c)
			}
		}
		if len(marks) == 0 {
			seg = strings.TrimRightFunc(seg, unicode.IsSpace) // "claim [9]." -> "claim."
		}
		b.WriteString(seg)
		for _, c := range marks {
			fmt.Fprintf(&b, "[%d]", c)
		}
		last = g.end
	}
	b.WriteString(reply[last:])
	return checked{text: SanitizeMentions(strings.TrimSpace(b.String())), citations: cites}, ""
}

// findGroups finds the marker groups: adjacent markers ("[1][2]", "[1] [2]")
// form one group.
func findGroups(s string) []group {
	var out []group
	for _, m := range markerRE.FindAllStringSubmatchIndex(s, -1) {
		var ns []int
		for _, f := range strings.Split(s[m[2]:m[3]], ",") {
			n, err := strconv.Atoi(strings.TrimSpace(f))
			if err != nil {
				n = -1 // too many digits: no passage has that number
			}
			ns = append(ns, n)
		}
		if k := len(out); k > 0 && strings.TrimSpace(s[out[k-1].end:m[0]]) == "" {
			out[k-1].end = m[1]
			out[k-1].ns = append(out[k-1].ns, ns...)
			continue
		}
		out = append(out, group{start: m[0], end: m[1], ns: ns})
	}
	return out
}

// prevEnd is where the claim of group i starts: after the group before it.
func prevEnd(groups []group, i int) int {
	if i == 0 {
		return 0
	}
	return groups[i-1].end
}

// sentenceEnd finds the end of a sentence inside s: end punctuation or a
// line break followed by more text. Punctuation right before a marker
// ("claim. [1]") does not count: the marker belongs to that claim.
var sentenceEnd = regexp.MustCompile(`[.!?]["”’)]*\s+\S|\n`)

// findQuotes finds the quoted spans of a reply and the marker group each
// is attributed to: the first group after it in the same sentence, else
// the last group before it in the same sentence, else the next group.
func findQuotes(s string, groups []group) []quote {
	var out []quote
	for _, m := range quoteRE.FindAllStringSubmatchIndex(s, -1) {
		t := ""
		if m[2] >= 0 {
			t = s[m[2]:m[3]]
		} else {
			t = s[m[4]:m[5]]
		}
		t = markerRE.ReplaceAllString(t, "")
		if !hasLetterOrDigit(t) {
			continue
		}
		q := quote{start: m[0], end: m[1], text: t, gov: -1}
		for gi, g := range groups {
			if g.start >= q.end && !sentenceEnd.MatchString(strings.TrimRightFunc(s[q.end:g.start], unicode.IsSpace)) {
				q.gov = gi
				break
			}
		}
		if q.gov < 0 {
			for gi := len(groups) - 1; gi >= 0; gi-- {
				if g := groups[gi]; g.end <= q.start && !sentenceEnd.MatchString(s[g.end:q.start]) {
					q.gov = gi
					break
				}
			}
		}
		if q.gov < 0 {
			for gi, g := range groups {
				if g.start >= q.end {
					q.gov = gi
					break
				}
			}
		}
		out = append(out, q)
	}
	return out
}

func hasLetterOrDigit(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// minQuotePartWords is the fewest words each part of a quote with an
// ellipsis must have.
const minQuotePartWords = 3

// findQuote looks for quote in text, ignoring case, runs of white space,
// the kind of quotation marks and apostrophes, punctuation at the quote's
// ends, and an ellipsis inside it (each part must appear, in order). It
// returns the byte span of text that matched.
func findQuote(text, quote string) (start, end int, ok bool) {
	nt, pos := normalize(text)
	parts := strings.FieldsFunc(strings.ReplaceAll(quote, "...", "…"), func(r rune) bool { return r == '…' })
	from, first := 0, -1
	for _, part := range parts {
		np, _ := normalize(strings.TrimFunc(part, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) }))
		if np == "" {
			continue
		}
		if len(parts) > 1 && len(strings.Fields(np)) < minQuotePartWords {
			// "Ecuador ... 18 ... 31": single words strung together by
			// ellipses can be found almost anywhere and prove nothing.
			return 0, 0, false
		}
		i := strings.Index(nt[from:], np)
		if i < 0 {
			return 0, 0, false
		}
		if first < 0 {
			first = from + i
		}
		from += i + len(np)
	}
	if first < 0 {
		return 0, 0, false
	}
	return pos[first], pos[from-1] + 1, true
}

// normalize folds s for quote matching and maps each byte of the result
// to the offset of the byte of s it came from (the last byte, for a
// folded rune, so a span's end can be taken as pos[last]+1 after the rune
// is complete).
func normalize(s string) (string, []int) {
	var b strings.Builder
	var pos []int
	space := false
	for i, r := range s {
		size := utf8.RuneLen(r)
		if size < 0 {
			size = 1
		}
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
			pos = append(pos, i-1)
		}
		space = false
		switch r {
		case '“', '”', '„', '«', '»':
			r = '"'
		case '‘', '’', '`', '´':
			r = '\''
		case '–', '—':
			r = '-'
		}
		r = unicode.ToLower(r)
		n := b.Len()
		b.WriteRune(r)
		for j := n; j < b.Len(); j++ {
			if j == b.Len()-1 {
				pos = append(pos, i+size-1)
			} else {
				pos = append(pos, i)
			}
		}
	}
	return b.String(), pos
}

// covering widens the span [start, end) to the passage sentences it
// touches, so the citation is whole sentences.
func covering(p *Passage, start, end int) (int, int) {
	s, e := start, end
	for _, sp := range p.sentences {
		if sp.end > start && sp.start < end {
			s, e = min(s, sp.start), max(e, sp.end)
		}
	}
	return s, e
}

// bestSentence is the sentence of p sharing the most terms with the claim;
// false when none shares any.
func bestSentence(p *Passage, claim string) (span, bool) {
	ct := termSet(claim)
	if len(ct) == 0 {
		return span{}, false
	}
	var best span
	bestN := 0
	for _, sp := range p.sentences {
		n := 0
		for t := range termSet(p.Text[sp.start-p.Start : sp.end-p.Start]) {
			if ct[t] {
				n++
			}
		}
		if n > bestN {
			best, bestN = sp, n
		}
	}
	return best, bestN > 0
}

func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}
