package ground

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storybot-dev/storybot/cite"
	"github.com/storybot-dev/storybot/prompts"
	"github.com/storybot-dev/storybot/story"
	"github.com/storybot-dev/storybot/text"
)

var leakRE = regexp.MustCompile(`(?i)</?\s*(?:passage|question|history)\b|you answer questions about news stories|use only what the passages state|` + prompts.NotFoundMarker)

// malformed reports a reply that is no answer: too long, looping, a code
// block, or the prompt leaking back.
func malformed(reply string) string {
	if n := utf8.RuneCountInString(reply); n > MaxReplyRunes {
		return fmt.Sprintf("model reply is too long (%d characters; at most %d)", n, MaxReplyRunes)
	}
	if strings.Contains(reply, "```") || strings.Contains(reply, "~~~") {
		return "model reply holds a code block"
	}
	if leakRE.MatchString(reply) {
		return "model reply repeats the prompt"
	}
	if loops(reply) {
		return "model reply repeats itself"
	}
	return ""
}

// loops reports a reply that repeats itself: a sentence of four or more
// words three times, or a run of eight words four times.
func loops(reply string) bool {
	words := text.Words(markerRE.ReplaceAllString(reply, " "))
	seen := map[string]int{}
	const n = 8
	for i := 0; i+n <= len(words); i++ {
		k := strings.Join(words[i:i+n], " ")
		if seen[k]++; seen[k] >= 4 {
			return true
		}
	}
	sent := map[string]int{}
	for _, line := range strings.Split(reply, "\n") {
		for _, sp := range text.Split(line, 0, len(line), replySplit) {
			w := text.Words(markerRE.ReplaceAllString(line[sp.Start:sp.End], " "))
			if len(w) < 4 {
				continue
			}
			k := strings.Join(w, " ")
			if sent[k]++; sent[k] >= 3 {
				return true
			}
		}
	}
	return false
}

// maskInstructions returns the passage's text with every sentence that
// addresses an AI or fakes a prompt delimiter blanked out (same length, so
// offsets hold), and a fake passage block blanked to its end.
func maskInstructions(p *cite.Passage) string {
	planted := story.Planted(p.Text)
	if planted == nil && !text.IsInstruction(p.Text) {
		return p.Text
	}
	b := []byte(p.Text)
	blank := func(s, e int) {
		for i := s; i < e && i < len(b); i++ {
			if b[i] != '\n' {
				b[i] = ' '
			}
		}
	}
	for _, sp := range p.Sentences {
		s, e := sp.Start-p.Start, sp.End-p.Start
		if text.IsInstruction(p.Text[s:e]) {
			blank(s, e)
		}
	}
	// A fake <passage> block: everything in it is planted. Stories come
	// with their blocks cut out already (story.Planted); this holds for a
	// passage built any other way.
	for _, sp := range planted {
		blank(sp.Start, sp.End)
	}
	return string(b)
}

// markerRE matches a citation marker: [3], a list such as [1, 2], or a
// marker quoting its evidence, [2: "raised the death toll from 18 to 31"]
// (straight or curly double quotes; the quote holds no "]").
var markerRE = regexp.MustCompile(`\[\s*(\d+(?:\s*,\s*\d+)*)(?:\s*:\s*(?:"([^"\]\n]*)"|“([^”\]\n]*)”))?\s*\]`)

// group is a run of markers in the reply, as in "[1][3]".
type group struct {
	start, end int   // bytes of the reply
	ns         []int // passage numbers, valid or not
	// quotes are the evidence the markers quote, by passage number.
	quotes []markQuote
}

// markQuote is the evidence one marker quotes from passage n.
type markQuote struct {
	n int
	q string
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
		var qs []markQuote
		for _, k := range []int{4, 6} {
			if m[k] >= 0 && hasLetterOrDigit(s[m[k]:m[k+1]]) {
				for _, n := range ns {
					qs = append(qs, markQuote{n, s[m[k]:m[k+1]]})
				}
			}
		}
		if k := len(out); k > 0 && strings.TrimSpace(s[out[k-1].end:m[0]]) == "" {
			out[k-1].end = m[1]
			out[k-1].ns = append(out[k-1].ns, ns...)
			out[k-1].quotes = append(out[k-1].quotes, qs...)
			continue
		}
		out = append(out, group{start: m[0], end: m[1], ns: ns, quotes: qs})
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

// MarkerNumbers lists the passage numbers of the citation markers in s, in
// order ("[1][3]" gives 1, 3).
func MarkerNumbers(s string) []int {
	var out []int
	for _, g := range findGroups(s) {
		out = append(out, g.ns...)
	}
	return out
}
