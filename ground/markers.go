package ground

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"github.com/storybot-dev/storybot/text"
)

var (
	// quoteMarkRE is a quoting marker written with a word: [Passage 2: "…"].
	quoteMarkRE  = regexp.MustCompile(`(?i)\[\s*(?:passages?|sources?)\s*#?\s*(\d+)\s*:\s*(["“])`)
	lenticularRE = regexp.MustCompile(`【\s*(\d+)(?:[†:][^】]*)?\s*】`)
	footnoteRE   = regexp.MustCompile(`\[\^(\d+)\]`)
	wordMarkRE   = regexp.MustCompile(`(?i)[\[(]\s*(?:passages?|sources?|docs?|documents?|refs?)\s*#?\s*(\d+(?:\s*(?:,|;|and|&)\s*(?:(?:passage|source)\s*)?#?\s*\d+)*)\s*[\])]`)
	rangeMarkRE  = regexp.MustCompile(`\[\s*(\d+)\s*[-–]\s*(\d+)\s*\]`)
	semiMarkRE   = regexp.MustCompile(`\[\s*(\d+(?:\s*;\s*\d+)+)\s*\]`)
	parenMarkRE  = regexp.MustCompile(`\((\d{1,2}(?:\s*,\s*\d{1,2})*)\)`)
	// unclosedQuoteMarkRE is a quoting marker whose quote has no closing
	// quotation mark before the bracket: [1: "This operation has been
	// decisive, complied with human rights], [2: 'were held hostage].
	unclosedQuoteMarkRE = regexp.MustCompile(`\[\s*(\d+(?:\s*,\s*\d+)*)\s*:\s*(?:["“]([^"“”\[\]\n\r]+?)|['‘]([^"“”'‘’\[\]\n\r]+?))\s*\]`)
	// singleQuoteMarkRE is a quoting marker whose quote is in single
	// quotation marks: [3: 'violence that has surged since 2021'].
	singleQuoteMarkRE = regexp.MustCompile(`\[\s*(\d+(?:\s*,\s*\d+)*)\s*:\s*(?:'([^"\]\n]*)'|‘([^"\]\n]*)’)\s*\]`)
	// openQuoteMarkRE is a quoting marker its model left open at the end
	// of its line: [2: "Footage released by police showed weapons." (the
	// closing quotation mark may be missing too).
	openQuoteMarkRE = regexp.MustCompile(`(?m)\[\s*(\d+(?:\s*,\s*\d+)*)\s*:\s*["“'‘]([^"“”\[\]\n\r]*?)["”'’]?[ \t]*(\r?)$`)
	superRE         = regexp.MustCompile(`[¹²³⁴⁵⁶⁷⁸⁹⁰]+(?:,[¹²³⁴⁵⁶⁷⁸⁹⁰]+)*`)
	listSepRE       = regexp.MustCompile(`\s*(?:,|;|and|&)\s*(?:(?:passage|source)\s*)?#?\s*`)
)

var superDigits = strings.NewReplacer("¹", "1", "²", "2", "³", "3", "⁴", "4", "⁵", "5", "⁶", "6", "⁷", "7", "⁸", "8", "⁹", "9", "⁰", "0")

// normalizeMarkers rewrites the marker forms models emit (【1】, [^1],
// [Passage 1], (1), ¹, [1-3], [1; 2]) as [1], a quote in single
// quotation marks ([1: 'words']) as one in double ones, and a quoting
// marker left open at its line's end ([1: "words." ) or closed with its
// bracket alone ([1: "words]) as closed there. A
// form that might be text rather than a marker ("(2023)") is rewritten
// only when every number in it names a passage.
func normalizeMarkers(s string, npass int) string {
	s = quoteMarkRE.ReplaceAllString(s, "[$1: $2")
	if strings.Contains(s, ":") {
		s = closeOpenQuotes(s)
		s = unclosedQuoteMarkRE.ReplaceAllString(s, `[$1: "$2$3"]`)
	}
	if strings.Contains(s, ": '") || strings.Contains(s, ":'") || strings.Contains(s, "‘") {
		s = singleQuoteMarkRE.ReplaceAllString(s, `[$1: "$2$3"]`)
	}
	s = lenticularRE.ReplaceAllString(s, "[$1]")
	// Footnote definitions are a sources list: cutSources removes them.
	s = footnoteRE.ReplaceAllStringFunc(s, func(m string) string { return "[" + footnoteRE.FindStringSubmatch(m)[1] + "]" })
	s = wordMarkRE.ReplaceAllStringFunc(s, func(m string) string {
		list := wordMarkRE.FindStringSubmatch(m)[1]
		return "[" + listSepRE.ReplaceAllString(list, ", ") + "]"
	})
	s = rangeMarkRE.ReplaceAllStringFunc(s, func(m string) string {
		sm := rangeMarkRE.FindStringSubmatch(m)
		a, _ := strconv.Atoi(sm[1])
		b, _ := strconv.Atoi(sm[2])
		if a < 1 || b < a || b > npass {
			return m
		}
		var ns []string
		for n := a; n <= b; n++ {
			ns = append(ns, strconv.Itoa(n))
		}
		return "[" + strings.Join(ns, ", ") + "]"
	})
	s = semiMarkRE.ReplaceAllStringFunc(s, func(m string) string { return strings.ReplaceAll(m, ";", ",") })
	s = parenMarkers(s, npass)
	s = superRE.ReplaceAllStringFunc(s, func(m string) string {
		d := superDigits.Replace(m)
		if !allPassages(d, npass) {
			return "" // a superscript that names no passage is no citation
		}
		return "[" + strings.ReplaceAll(d, ",", ", ") + "]"
	})
	return s
}

// closeOpenQuotes closes every quoting marker left open at the end of
// its line (openQuoteMarkRE), keeping the line's carriage return; not one
// whose quote closes on a later line ("[1: "were held\nhostage."]"),
// before any other marker.
func closeOpenQuotes(s string) string {
	return replaceSome(s, openQuoteMarkRE, func(m []int) (string, bool) {
		rest := s[m[1]:]
		if end := strings.IndexAny(rest, "[]"); end >= 0 && rest[end] == ']' {
			return "", false // its "]" comes later, on another line
		}
		return fmt.Sprintf("[%s: \"%s\"]%s", s[m[2]:m[3]], s[m[4]:m[5]], s[m[6]:m[7]]), true
	})
}

// replaceSome rewrites the matches of re in s that repl takes: repl is
// given a match's submatch indexes and returns what to write for it, or
// false to keep the match as written.
func replaceSome(s string, re *regexp.Regexp, repl func(m []int) (string, bool)) string {
	ms := re.FindAllStringSubmatchIndex(s, -1)
	if ms == nil {
		return s
	}
	var b strings.Builder
	last := 0
	for _, m := range ms {
		r, ok := repl(m)
		if !ok {
			continue
		}
		b.WriteString(s[last:m[0]])
		b.WriteString(r)
		last = m[1]
	}
	b.WriteString(s[last:])
	return b.String()
}

// parenMarkers rewrites "(1)" and "(1, 2)" as markers where they follow
// text on their line (a space or tab between allowed) and every number
// names a passage: "the prison (1)(2)", "thirty-one (31)(1)". A match
// is judged by the characters before it, so markers side by side, or
// after a parenthesised number, are each found.
func parenMarkers(s string, npass int) string {
	return replaceSome(s, parenMarkRE, func(m []int) (string, bool) {
		prev := m[0] - 1
		if prev >= 0 && (s[prev] == ' ' || s[prev] == '\t') {
			prev--
		}
		if prev < 0 || s[prev] == ' ' || s[prev] == '\t' || s[prev] == '\n' || s[prev] == '\r' || !allPassages(s[m[2]:m[3]], npass) {
			return "", false
		}
		return "[" + s[m[2]:m[3]] + "]", true
	})
}

func allPassages(list string, npass int) bool {
	for _, f := range strings.Split(list, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 1 || n > npass {
			return false
		}
	}
	return true
}

// claimBody is the claim without its markers, list bullet and emphasis.
func claimBody(txt string, groups []group) string {
	var b strings.Builder
	last := 0
	for _, g := range groups {
		b.WriteString(txt[last:g.start])
		last = g.end
	}
	b.WriteString(txt[last:])
	s := bulletRE.ReplaceAllString(b.String(), "")
	if strings.ContainsAny(s, "@<") {
		s = mentionRE.ReplaceAllString(s, " ")
	}
	if strings.Contains(s, "](") {
		s = mdLinkRE.ReplaceAllString(s, "$1") // a link is checked by its text;
	}
	if strings.Contains(s, "://") || strings.Contains(s, "www.") {
		s = urlRE.ReplaceAllString(s, " ") // a URL is kept only if a cited passage has it
	}
	s = emphasis.Replace(s)
	s = strings.Join(strings.Fields(s), " ")
	return spaceBeforePunct.ReplaceAllString(s, "$1")
}

// renderClaim writes the claim as shown: markers renumbered (invalid ones
// removed; a quoting marker becomes the number of its quote's citation), links and URLs that no cited passage holds reduced to their
// text, mentions defused.
func renderClaim(txt string, groups []group, marks map[int][]int, gmarks map[[2]int][]int, ev []evidence, cited []int) string {
	var b strings.Builder
	last := 0
	for gi, g := range groups {
		seg := txt[last:g.start]
		var out []int
		for _, n := range g.ns {
			cs := gmarks[[2]int{gi, n}]
			if cs == nil {
				cs = marks[n]
			}
			for _, c := range cs {
				if !containsInt(out, c) {
					out = append(out, c)
				}
			}
		}
		if len(out) == 0 {
			seg = strings.TrimRightFunc(seg, unicode.IsSpace)
		}
		b.WriteString(seg)
		for _, c := range out {
			fmt.Fprintf(&b, "[%d]", c)
		}
		last = g.end
	}
	b.WriteString(txt[last:])
	return text.DefuseMentions(stripLinks(b.String(), ev, cited))
}

var emphasis = strings.NewReplacer("**", "", "__", "")

var (
	mentionRE        = regexp.MustCompile(`<(?:@[!&]?|#|/[^<>:\s]+:)\d+>|@everyone|@here`)
	spaceBeforePunct = regexp.MustCompile(`\s+([.,;:!?])`)
	mdLinkRE         = regexp.MustCompile(`\[([^\]]*)\]\(\s*(<?[a-zA-Z][a-zA-Z0-9+.-]*:[^)\s]*>?)(?:\s+"[^"]*")?\s*\)`)
	urlRE            = regexp.MustCompile(`(?i)\b(?:https?|ftp)://[^\s<>()\[\]"']+|\bwww\.[^\s<>()\[\]"']+`)
)

// stripLinks keeps a Markdown link or a URL only when a cited passage
// holds the URL; otherwise a link becomes its text and a URL is dropped.
func stripLinks(s string, ev []evidence, cited []int) string {
	inCited := func(u string) bool {
		u = strings.TrimRight(strings.Trim(u, "<>"), ".,;:!?")
		for _, n := range cited {
			if strings.Contains(ev[n-1].raw, u) {
				return true
			}
		}
		return false
	}
	s = mdLinkRE.ReplaceAllStringFunc(s, func(m string) string {
		sm := mdLinkRE.FindStringSubmatch(m)
		if inCited(sm[2]) {
			return m
		}
		return sm[1]
	})
	s = urlRE.ReplaceAllStringFunc(s, func(u string) string {
		if inCited(u) {
			return u
		}
		return ""
	})
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == ' ' }), " ")
}
