package bot

import (
	"context"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
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
