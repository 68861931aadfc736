package bot

import (
	"context"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storybot-dev/storybot/text"
)

// answerWithModel asks the Generator and checks its reply. It fills ans
// and returns "" when the reply can be shown, or the reason it cannot (the
// caller then gives the extractive answer with that reason).
func (b *Bot) answerWithModel(ctx context.Context, q Question, ans *Answer) string {
	ev := evidenceOf(ans.Passages)
	var st *streamCheck
	if q.OnPartial != nil {
		st = &streamCheck{question: ans.Question, ps: ans.Passages, ev: ev, out: q.OnPartial}
	}
	req := GenerateRequest{Question: ans.Question, History: q.History, Passages: ans.Passages}
	if st != nil {
		req.OnPartial = st.partial
	}
	res, err := b.gen.Generate(ctx, req)
	if err != nil {
		return fmt.Sprintf("model failed: %v", err)
	}
	u := res.Usage
	ans.Usage = &u // tokens were spent even when the reply is rejected
	v, reason := checkReplyWith(res.Text, ans.Question, ans.Passages, ev)
	ans.DroppedClaims = v.dropped
	if reason != "" {
		return reason
	}
	ans.Text, ans.Citations, ans.Abstained = v.text, v.citations, v.abstained
	return ""
}

// streamCheck shows a streamed reply claim by claim: a claim appears once
// it is complete (another has begun after it) and has passed the support
// test, numbered as the final answer numbers it. What it shows only ever
// grows; it stops at the first sign of a reply that will be rejected
// (the not-found marker, a code block, the prompt).
type streamCheck struct {
	question string
	ps       []Passage
	ev       []evidence // ps as the support test sees them, made once per answer
	out      func(string)
	shown    string
	stopped  bool
}

func (s *streamCheck) partial(raw string) {
	if s.stopped {
		return
	}
	if strings.Contains(raw, "NOT_IN") || strings.Contains(raw, "```") || strings.Contains(raw, "~~~") || leakRE.MatchString(raw) {
		s.stopped = true
		return
	}
	claims := splitClaims(raw, len(s.ps))
	if len(claims) < 2 {
		return
	}
	txt := checkClaims(claims[:len(claims)-1], s.question, s.ps, s.ev).text
	if txt == s.shown {
		return
	}
	if !strings.HasPrefix(txt, s.shown) {
		s.stopped = true // cannot happen by construction; never withdraw text
		return
	}
	s.shown = txt
	s.out(txt)
}

// markerRE matches a citation marker: [3], or a list such as [1, 2].
var markerRE = regexp.MustCompile(`\[\s*(\d+(?:\s*,\s*\d+)*)\s*\]`)

// group is a run of markers in the reply, as in "[1][3]".
type group struct {
	start, end int   // bytes of the reply
	ns         []int // passage numbers, valid or not
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

func hasLetterOrDigit(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// findQuote looks for quote in text, ignoring case, runs of white space,
// the kind of quotation marks and apostrophes, punctuation at the quote's
// ends, and an ellipsis inside it (each part must appear, in order). It
// returns the byte span of text that matched.
func findQuote(txt, quote string) (start, end int, ok bool) {
	nt, pos := normalize(txt)
	parts := strings.FieldsFunc(strings.ReplaceAll(quote, "...", "…"), func(r rune) bool { return r == '…' })
	from, first := 0, -1
	for _, part := range parts {
		np, _ := normalize(strings.TrimFunc(part, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) }))
		if np == "" {
			continue
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

// normalize folds s for quote matching (case, accents, quotation marks and
// apostrophes, hyphens and dashes as spaces, runs of white space) and maps
// each byte of the result to the offset of the byte of s it came from (the
// last byte, for a folded rune, so a span's end can be taken as pos[last]+1
// after the rune is complete).
func normalize(s string) (string, []int) {
	var b strings.Builder
	var pos []int
	space := false
	for i, r := range s {
		size := utf8.RuneLen(r)
		if size < 0 {
			size = 1
		}
		switch r {
		case '-', '‐', '–', '—':
			space = true
			continue
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
		var folded string
		switch r {
		case '“', '”', '„', '«', '»':
			folded = `"`
		case '‘', '’', '`', '´':
			folded = "'"
		default:
			if r < utf8.RuneSelf {
				folded = string(unicode.ToLower(r))
			} else {
				folded = text.Fold(string(r))
			}
		}
		n := b.Len()
		b.WriteString(folded)
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
	ct := text.TermSet(claim)
	if len(ct) == 0 {
		return span{}, false
	}
	var best span
	bestN := 0
	for _, sp := range p.sentences {
		txt := p.Text[sp.start-p.Start : sp.end-p.Start]
		if text.IsInstruction(txt) {
			continue
		}
		n := 0
		for t := range text.TermSet(txt) {
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
