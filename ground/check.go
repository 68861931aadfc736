// Package ground is the claim check: a model's reply is cut into claims
// (sentences and Markdown list items), and each claim is tested against the
// passages it cites. It is pure: reply text and passages in, claims with
// verdicts, reasons and the citations kept out; no model, no index, no
// Discord. Everything is deterministic and lexical; see README "How answers
// are checked" for what it does and does not catch.
package ground

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storybot-dev/storybot/cite"
	"github.com/storybot-dev/storybot/question"
	"github.com/storybot-dev/storybot/text"

	"github.com/storybot-dev/storybot/prompts"
)

// DroppedClaim is a claim of a model's reply that was not shown, and why.
type DroppedClaim struct {
	Claim  string `json:"claim"`
	Reason string `json:"reason"`
}

// MaxReplyRunes caps a model's reply. The prompt asks for a few plain
// sentences; a reply past this is a runaway generation, rejected as
// malformed even when the server says it stopped normally.
const MaxReplyRunes = 4000

// MinContentShare is the share of a claim's content words (stemmed, stop
// words and citation talk aside) that its cited passages must hold. Below
// it the claim brings in words from elsewhere: outside knowledge, or a
// passage cited for something it doesn't say. Calibrated on
// testdata/replies/tune.jsonl (see README).
const MinContentShare = 0.6

// InjectedContentShare replaces MinContentShare when any passage the model
// saw held planted instructions: a reply then gets less room for words of
// its own ("ye landlubber").
const InjectedContentShare = 0.85

// claim is one sentence or list item of a reply.
type claim struct {
	sep  string // what stood before it in the reply: a space, line breaks
	text string // as the model wrote it, markers included
	// structure is a heading or a line introducing a list ("Here is what
	// the passages say:"): no fact, never shown, never a reason to reject.
	structure bool
}

// Verdict is a checked reply.
type Verdict struct {
	Text      string // the supported claims, markers renumbered
	Citations []cite.Citation
	Abstained bool // the reply says the passages don't answer
	Dropped   []DroppedClaim
	// Unsupported is the reason of the first dropped claim, "" if none.
	Unsupported string
	// Answers reports whether a kept claim answers the question.
	Answers bool
}

// Evidence is a set of passages made ready for checking claims against
// them: made once per answer, shared by a stream's checks and the final one.
type Evidence struct {
	ps []cite.Passage
	ev []evidence
}

// Prepare makes ps ready for checking.
func Prepare(ps []cite.Passage) *Evidence { return &Evidence{ps: ps, ev: evidenceOf(ps)} }

// Check checks a model's reply against the passages it was given. It
// returns the verdict, or the reason the reply cannot be used at all (the
// caller then gives the extractive answer).
func Check(reply, asked string, ps []cite.Passage) (Verdict, string) {
	return Prepare(ps).Check(reply, asked)
}

// Check is the package's Check on prepared passages.
func (e *Evidence) Check(reply, asked string) (Verdict, string) {
	ps, ev := e.ps, e.ev
	if strings.Contains(reply, prompts.NotFoundMarker) {
		return Verdict{Text: cite.NotFound, Citations: []cite.Citation{}, Abstained: true, Answers: true}, ""
	}
	if reason := malformed(reply); reason != "" {
		return Verdict{}, reason
	}
	v := checkClaims(splitClaims(reply, len(ps)), asked, ps, ev)
	if len(v.Citations) == 0 {
		if v.Unsupported != "" {
			return v, v.Unsupported
		}
		return v, "model answer cites no passage"
	}
	if len(v.Dropped) > 0 && !v.Answers {
		// What is left after dropping the unsupported claims doesn't
		// answer the question: the extractive answer does better.
		return v, v.Unsupported
	}
	return v, ""
}

// Partial checks the growing text of a streamed reply: it returns the
// complete claims (another has begun after them) that pass, rendered as the
// final answer renders them, and stop when the reply shows it will be
// rejected (the not-found marker, a code block, the prompt leaking back).
// A prefix of a reply renders as a prefix of the whole, so what a stream
// shows only grows.
func (e *Evidence) Partial(raw, asked string) (shown string, stop bool) {
	if strings.Contains(raw, "NOT_IN") || strings.Contains(raw, "```") || strings.Contains(raw, "~~~") || leakRE.MatchString(raw) {
		return "", true
	}
	claims := splitClaims(raw, len(e.ps))
	if len(claims) < 2 {
		return "", false
	}
	return checkClaims(claims[:len(claims)-1], asked, e.ps, e.ev).Text, false
}

// checkClaims tests every claim and renders the supported ones, renumbering
// markers by first use. A claim's outcome and rendering depend on it alone,
// so a prefix of a reply renders as a prefix of the whole: streaming shows
// nothing the final answer withdraws.
func checkClaims(claims []claim, asked string, ps []cite.Passage, ev []evidence) Verdict {
	v := Verdict{Citations: []cite.Citation{}}
	num := map[[3]int]int{} // (passage, start, end) -> citation number
	var b strings.Builder
	qt := question.Classify(asked)
	said := map[string]bool{}
	for _, c := range claims {
		if c.structure {
			continue
		}
		// A claim made twice is shown once: a looping reply never shows
		// its loop, not even while it streams.
		key := strings.Join(text.Words(markerRE.ReplaceAllString(c.text, " ")), " ")
		if said[key] {
			continue
		}
		said[key] = true
		groups := findGroups(c.text)
		var valid []int
		for _, g := range groups {
			for _, n := range g.ns {
				if n >= 1 && n <= len(ps) && !containsInt(valid, n) {
					valid = append(valid, n)
				}
			}
		}
		body := claimBody(c.text, groups)
		if len(groups) == 0 && isFiller(body) {
			// "Sure!", "Yes." : no fact to check, nothing to cite.
			writeClaim(&b, c.sep, text.DefuseMentions(body))
			continue
		}
		reason := ""
		var found map[int]text.Span
		switch {
		case len(valid) == 0 && len(groups) > 0:
			reason = fmt.Sprintf("cites passage %d, which doesn't exist", groups[0].ns[0])
		case len(valid) == 0:
			reason = "cites no passage"
		default:
			reason, found = support(body, valid, ev)
		}
		if reason != "" {
			d := DroppedClaim{Claim: text.Clip(strings.TrimSpace(body), 200), Reason: reason}
			v.Dropped = append(v.Dropped, d)
			if v.Unsupported == "" {
				v.Unsupported = fmt.Sprintf("unsupported claim %q: %s", d.Claim, reason)
			}
			continue
		}
		// Number the citations: the sentence of each cited passage that
		// holds the claim's quotation, else the one sharing most words.
		marks := map[int][]int{} // passage -> citation numbers for it
		for _, n := range valid {
			p := &ps[n-1]
			start, end := p.Start, p.End
			if sp, ok := found[n]; ok {
				start, end = cite.Covering(p, sp.Start, sp.End)
			} else if sp, ok := cite.BestSentence(p, body); ok {
				start, end = sp.Start, sp.End
			}
			key := [3]int{n, start, end}
			c, seen := num[key]
			if !seen {
				c = len(v.Citations) + 1
				num[key] = c
				v.Citations = append(v.Citations, cite.Cite(c, p, start, end))
			}
			marks[n] = append(marks[n], c)
		}
		writeClaim(&b, c.sep, renderClaim(c.text, groups, marks, len(ps), ev, valid))
		if !v.Answers && answersQuestion(qt, body, asked) {
			v.Answers = true
		}
	}
	v.Text = strings.TrimSpace(b.String())
	return v
}

func writeClaim(b *strings.Builder, sep, txt string) {
	if b.Len() > 0 {
		if sep == "" {
			sep = " "
		}
		b.WriteString(sep)
	}
	b.WriteString(txt)
}

// answersQuestion: a kept claim answers a "how many" question when it has
// a number, a "when" question when it has a time, and so on; any kept
// claim answers a general one.
func answersQuestion(qt question.Kind, body, asked string) bool {
	if qt == question.General {
		return true
	}
	return qt.In(body, asked)
}

// ---- Claims ----

var (
	bulletRE  = regexp.MustCompile(`^\s*(?:[-*•+]|\d{1,2}[.)])\s+`)
	headingRE = regexp.MustCompile(`^\s*(?:#{1,6}\s+.*|\*\*[^*]+\*\*:?|__[^_]+__:?)\s*$`)
	// sourcesRE is the header of a list of sources a model appends.
	sourcesRE = regexp.MustCompile(`(?i)^\s*(?:#{1,6}\s*)?(?:\*\*|__)?\s*(?:sources?|references?|citations?|cited passages|passages cited|passages used|bibliography|footnotes)\s*(?:\*\*|__)?\s*:?\s*(?:\*\*|__)?\s*(.*)$`)
	// refLineRE is one entry of such a list, or a footnote definition.
	refLineRE = regexp.MustCompile(`^\s*(?:[-*•]\s*)?(?:\[\^?\d+\]:?|\d{1,2}[.)]\s*\[?(?:passage|source)|\[\d+\]\s)`)
)

// replySplit reads a model's reply: markers stay with the sentence they
// follow, and a quotation is never cut.
var replySplit = text.SplitOptions{Markers: true, Quotes: true}

// splitClaims normalises the reply's markers, removes a list of sources
// the model appended, and cuts the rest into claims.
func splitClaims(reply string, npass int) []claim {
	reply = normalizeMarkers(strings.ReplaceAll(reply, "\r\n", "\n"), npass)
	var out []claim
	sep := ""
	for _, para := range paragraphs(cutSources(reply)) {
		if para == "" {
			sep += "\n"
			continue
		}
		if out != nil {
			sep += "\n"
		}
		if headingRE.MatchString(para) || isIntro(para) {
			out = append(out, claim{sep: sep, text: para, structure: true})
			sep = ""
			continue
		}
		for i, sp := range text.Split(para, 0, len(para), replySplit) {
			if i > 0 {
				sep = " "
			}
			out = append(out, claim{sep: sep, text: para[sp.Start:sp.End]})
		}
		sep = ""
	}
	// At most one blank line between claims, none before the first.
	for i := range out {
		if strings.Count(out[i].sep, "\n") > 2 {
			out[i].sep = "\n\n"
		}
	}
	return out
}

// paragraphs cuts a reply into its Markdown blocks: a list item, a
// heading, or a run of lines (soft-wrapped text). Blank lines come out as
// "".
func paragraphs(s string) []string {
	var out []string
	open := false
	for _, line := range strings.Split(s, "\n") {
		switch {
		case strings.TrimSpace(line) == "":
			out = append(out, "")
			open = false
		case open && !bulletRE.MatchString(line) && !headingRE.MatchString(line) && !headingRE.MatchString(out[len(out)-1]):
			out[len(out)-1] += "\n" + line
		default:
			out = append(out, line)
			open = true
		}
	}
	return out
}

// isIntro reports a line that only introduces what follows: it ends with a
// colon, cites nothing and states no number.
func isIntro(line string) bool {
	t := strings.TrimSpace(line)
	return strings.HasSuffix(t, ":") && !markerRE.MatchString(t) && strings.IndexFunc(t, unicode.IsDigit) < 0
}

// cutSources removes a sources list at the end of a reply: from a
// "Sources:" header, or from the first of the final lines that all look
// like entries ("[1] Title ...", "[^1]: ...").
func cutSources(reply string) string {
	lines := strings.Split(reply, "\n")
	for i, line := range lines {
		if m := sourcesRE.FindStringSubmatch(line); m != nil && (m[1] == "" || strings.HasPrefix(strings.TrimSpace(m[1]), "[")) {
			return strings.Join(lines[:i], "\n")
		}
	}
	cut := len(lines)
	for i := len(lines) - 1; i > 0; i-- {
		t := strings.TrimSpace(lines[i])
		if t == "" {
			continue
		}
		if !refLineRE.MatchString(t) {
			break
		}
		cut = i
	}
	return strings.Join(lines[:cut], "\n")
}

// ---- Markers ----

var (
	lenticularRE = regexp.MustCompile(`【\s*(\d+)(?:[†:][^】]*)?\s*】`)
	footnoteRE   = regexp.MustCompile(`\[\^(\d+)\]`)
	wordMarkRE   = regexp.MustCompile(`(?i)[\[(]\s*(?:passages?|sources?|docs?|documents?|refs?)\s*#?\s*(\d+(?:\s*(?:,|;|and|&)\s*(?:(?:passage|source)\s*)?#?\s*\d+)*)\s*[\])]`)
	rangeMarkRE  = regexp.MustCompile(`\[\s*(\d+)\s*[-–]\s*(\d+)\s*\]`)
	semiMarkRE   = regexp.MustCompile(`\[\s*(\d+(?:\s*;\s*\d+)+)\s*\]`)
	parenMarkRE  = regexp.MustCompile(`(\S[ \t]?)\((\d{1,2}(?:\s*,\s*\d{1,2})*)\)`)
	superRE      = regexp.MustCompile(`[¹²³⁴⁵⁶⁷⁸⁹⁰]+(?:,[¹²³⁴⁵⁶⁷⁸⁹⁰]+)*`)
	listSepRE    = regexp.MustCompile(`\s*(?:,|;|and|&)\s*(?:(?:passage|source)\s*)?#?\s*`)
)

var superDigits = strings.NewReplacer("¹", "1", "²", "2", "³", "3", "⁴", "4", "⁵", "5", "⁶", "6", "⁷", "7", "⁸", "8", "⁹", "9", "⁰", "0")

// normalizeMarkers rewrites the marker forms models emit (【1】, [^1],
// [Passage 1], (1), ¹, [1-3], [1; 2]) as [1]. A form that might be text
// rather than a marker ("(2023)") is rewritten only when every number in
// it names a passage.
func normalizeMarkers(s string, npass int) string {
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
	s = parenMarkRE.ReplaceAllStringFunc(s, func(m string) string {
		sm := parenMarkRE.FindStringSubmatch(m)
		if strings.HasPrefix(strings.TrimSpace(sm[1]), "\n") || !allPassages(sm[2], npass) {
			return m
		}
		return sm[1] + "[" + sm[2] + "]"
	})
	s = superRE.ReplaceAllStringFunc(s, func(m string) string {
		d := superDigits.Replace(m)
		if !allPassages(d, npass) {
			return "" // a superscript that names no passage is no citation
		}
		return "[" + strings.ReplaceAll(d, ",", ", ") + "]"
	})
	return s
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
// removed), links and URLs that no cited passage holds reduced to their
// text, mentions defused.
func renderClaim(txt string, groups []group, marks map[int][]int, npass int, ev []evidence, cited []int) string {
	var b strings.Builder
	last := 0
	for _, g := range groups {
		seg := txt[last:g.start]
		var out []int
		for _, n := range g.ns {
			for _, c := range marks[n] {
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

// ---- Support ----

// evidence is a passage as the support test sees it: its text with any
// instruction or prompt delimiter planted in it blanked out, plus its title
// and date.
type evidence struct {
	raw   string          // the passage as sent, instructions blanked
	words map[string]bool // folded words
	terms map[string]bool // stemmed terms
	nums  map[string]bool // numbers, as canonical values
	title string
	start int // the passage's offset in its source
	// injected: the passage held instructions or prompt delimiters.
	injected bool
	// sents are the passage's sentences, for checking what a name is said
	// together with.
	sents []evSentence
}

// evSentence is one sentence of a passage: its span in the passage text
// and its folded words and terms.
type evSentence struct {
	start, end int
	words      map[string]bool
	terms      map[string]bool
}

func evidenceOf(ps []cite.Passage) []evidence {
	out := make([]evidence, len(ps))
	for i := range ps {
		p := &ps[i]
		raw := maskInstructions(p)
		extra := p.Title + "\n" + dateWords(p.Date)
		e := evidence{injected: raw != p.Text, start: p.Start, raw: raw, title: p.Title,
			words: map[string]bool{}, terms: text.TermSet(extra), nums: map[string]bool{}}
		for _, w := range text.Words(extra) {
			e.words[w] = true
		}
		for _, n := range text.Numbers(extra) {
			e.nums[n] = true
		}
		for _, sp := range p.Sentences {
			a, b := sp.Start-p.Start, sp.End-p.Start
			es := evSentence{start: a, end: b, words: map[string]bool{}, terms: text.TermSet(raw[a:b])}
			for _, w := range text.Words(raw[a:b]) {
				es.words[w] = true
				e.words[w] = true
			}
			for t := range es.terms {
				e.terms[t] = true
			}
			for _, n := range text.Numbers(raw[a:b]) {
				es.terms[n] = true
				e.nums[n] = true
			}
			e.sents = append(e.sents, es)
		}
		out[i] = e
	}
	return out
}

// dateWords spells a story date (2023-07-26) as a model may write it.
func dateWords(date string) string {
	y, m, d, ok := splitDate(date)
	if !ok {
		return date
	}
	return fmt.Sprintf("%s %d %s %d %s", date, d, monthNames[m-1], y, strconv.Itoa(y))
}

var monthNames = [...]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

func splitDate(date string) (y, m, d int, ok bool) {
	if len(date) != 10 || date[4] != '-' || date[7] != '-' {
		return 0, 0, 0, false
	}
	y, e1 := strconv.Atoi(date[:4])
	m, e2 := strconv.Atoi(date[5:7])
	d, e3 := strconv.Atoi(date[8:])
	if e1 != nil || e2 != nil || e3 != nil || m < 1 || m > 12 || d < 1 || d > 31 {
		return 0, 0, 0, false
	}
	return y, m, d, true
}

var (
	weekdayRE = regexp.MustCompile(`\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b`)
	monthRE   = regexp.MustCompile(`\b(january|february|march|april|june|july|august|september|october|november|december)\b`)
	mayRE     = regexp.MustCompile(`\bMay\b`)
)

// support tests one claim against the passages it cites. It returns the
// reason it fails ("" when it holds) and, per passage, the span of a
// quotation found there.
func support(body string, cited []int, ev []evidence) (string, map[int]text.Span) {
	where := passageList(cited)
	words, nums, terms := map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, n := range cited {
		e := &ev[n-1]
		for w := range e.words {
			words[w] = true
		}
		for x := range e.nums {
			nums[x] = true
		}
		for t := range e.terms {
			terms[t] = true
		}
	}
	// Quotations first: their words are checked as a whole.
	found := map[int]text.Span{}
	type quoteAt struct{ n, at int } // passage and offset of a quotation found
	var quoted []quoteAt
	rest := body
	for _, q := range quotations(body) {
		ok := false
		for _, n := range cited {
			e := &ev[n-1]
			if text.FoldMatch(q) == text.FoldMatch(e.title) {
				ok = true
				break
			}
			if s, end, in := cite.FindQuote(e.raw, q); in {
				found[n] = text.Span{Start: e.start + s, End: e.start + end}
				quoted = append(quoted, quoteAt{n, s})
				ok = true
				break
			}
		}
		if !ok {
			return fmt.Sprintf("quotation %q is not in %s", text.Clip(q, 80), where), nil
		}
		rest = strings.Replace(rest, q, " ", 1)
	}
	for _, x := range text.Numbers(rest) {
		if !nums[x] {
			return fmt.Sprintf("number %q is not in %s", x, where), nil
		}
	}
	fr := text.FoldMatch(rest)
	for _, w := range text.Quantities(fr) {
		if !words[w] {
			return fmt.Sprintf("quantity %q is not in %s", w, where), nil
		}
	}
	times := append(weekdayRE.FindAllString(fr, -1), monthRE.FindAllString(fr, -1)...)
	if mayRE.MatchString(rest) {
		times = append(times, "may")
	}
	for _, t := range times {
		if !words[t] {
			return fmt.Sprintf("date %q is not in %s", t, where), nil
		}
	}
	ns := names(rest)
	for _, name := range ns {
		if !nameIn(name, words) {
			return fmt.Sprintf("name %q is not in %s", name, where), nil
		}
	}
	// Who said it: a quotation is attributed to a name the passage gives
	// near it (the speaker line is often just before the quote).
	for _, q := range quoted {
		if len(ns) > 0 && !anyNameNear(ns, &ev[q.n-1], q.at, 2) {
			return fmt.Sprintf("the quotation in passage %d is not attributed to %s", q.n, strings.Join(ns, " ")), nil
		}
	}
	// Who did it: each name must stand, in some cited passage, within a
	// sentence of most of what the claim says of it. The claim's first
	// word counts as a name when a cited passage writes it capitalised
	// inside a sentence ("Lasso raised ...").
	if len(quoted) == 0 {
		if w := firstName(rest, cited, ev); w != "" {
			ns = append([]string{w}, ns...)
		}
		if name, ok := nameApart(ns, rest, cited, ev); !ok {
			return fmt.Sprintf("what the claim says of %q is not said of it in %s", name, where), nil
		}
	}
	var content, have int
	var missing []string
	for _, t := range text.Terms(rest) {
		if metaTerms[t] || text.IsNumeral(t) || text.IsNumberTerm(t) {
			continue
		}
		content++
		if terms[t] || anySynonymIn(terms, t) {
			have++
		} else {
			missing = append(missing, t)
		}
	}
	need := MinContentShare
	if injected(ev) {
		// The model was shown instructions planted in a story: whatever it
		// says beyond the passages' own words may be their doing.
		need = max(need, InjectedContentShare)
	}
	if float64(have) < need*float64(content) {
		return fmt.Sprintf("words %q are not in %s", strings.Join(missing, " "), where), nil
	}
	return "", found
}

// MinNameContext is the share of a claim's other words (names aside) that
// must stand within a sentence of a name it mentions. Below it, the name
// and the deed come from different places: a swapped attribution.
const MinNameContext = 0.5

// nameApart checks, for each name of a claim, that the claim's other
// content words mostly occur within one sentence of it in one cited
// passage. It returns the first name that fails.
func nameApart(ns []string, rest string, cited []int, ev []evidence) (string, bool) {
	if len(ns) == 0 {
		return "", true
	}
	nameTerms := map[string]bool{}
	for _, n := range ns {
		for _, t := range text.Terms(n) {
			nameTerms[t] = true
		}
	}
	var other []string
	for _, t := range text.Terms(rest) {
		if !nameTerms[t] && !metaTerms[t] {
			other = append(other, t)
		}
	}
	other = append(other, text.Numbers(rest)...)
	if len(other) < 2 {
		return "", true
	}
	for _, name := range ns {
		best := 0.0
		for _, c := range cited {
			e := &ev[c-1]
			for i := range e.sents {
				if !nameIn(name, e.sents[i].words) {
					continue
				}
				have := 0
				for _, t := range other {
					for j := max(0, i-1); j <= min(len(e.sents)-1, i+1); j++ {
						if e.sents[j].terms[t] || anySynonymIn(e.sents[j].terms, t) {
							have++
							break
						}
					}
				}
				best = max(best, float64(have)/float64(len(other)))
			}
		}
		if best < MinNameContext {
			return name, false
		}
	}
	return "", true
}

// anyNameNear reports whether one of the names occurs within `before`
// sentences before, or one after, the sentence of passage e holding
// offset at.
func anyNameNear(ns []string, e *evidence, at, before int) bool {
	for i, s := range e.sents {
		if at < s.start || at >= s.end {
			continue
		}
		for j := max(0, i-before); j <= min(len(e.sents)-1, i+1); j++ {
			for _, name := range ns {
				if nameIn(name, e.sents[j].words) {
					return true
				}
			}
		}
		return false
	}
	return true // not inside a sentence (title): nothing to check against
}

// firstName returns the claim's first word when it is capitalised and a
// cited passage uses it as a name (capitalised after a space).
func firstName(body string, cited []int, ev []evidence) string {
	f := strings.Fields(body)
	if len(f) == 0 {
		return ""
	}
	w := strings.TrimFunc(f[0], func(r rune) bool { return !unicode.IsLetter(r) })
	w = strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s")
	r, _ := utf8.DecodeRuneInString(w)
	if w == "" || !unicode.IsUpper(r) || isTimeWord(w) {
		return ""
	}
	for _, n := range cited {
		raw := ev[n-1].raw
		for i := 0; ; {
			j := strings.Index(raw[i:], w)
			if j < 0 {
				break
			}
			at := i + j
			i = at + len(w)
			if after, _ := utf8.DecodeRuneInString(raw[i:]); unicode.IsLetter(after) {
				continue
			}
			before := strings.TrimRightFunc(raw[:at], unicode.IsSpace)
			if len(before) == at || before == "" {
				continue // no space before it
			}
			if r, _ := utf8.DecodeLastRuneInString(before); unicode.IsLower(r) || r == ',' {
				return w
			}
		}
	}
	return ""
}

// injected reports whether any passage given to the model held planted
// instructions.
func injected(ev []evidence) bool {
	for i := range ev {
		if ev[i].injected {
			return true
		}
	}
	return false
}

func passageList(ns []int) string {
	if len(ns) == 1 {
		return fmt.Sprintf("passage %d", ns[0])
	}
	s := make([]string, len(ns))
	for i, n := range ns {
		s[i] = strconv.Itoa(n)
	}
	return "passages " + strings.Join(s, ", ")
}

func anySynonymIn(terms map[string]bool, t string) bool {
	for _, s := range text.Synonyms(t) {
		if terms[s] {
			return true
		}
	}
	return false
}

// metaTerms are words a reply uses to talk about its sources, not facts.
var metaTerms = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`according passage passages source sources state states stated say says said
		report reports reported mention mentions mentioned provide provided information article story text based
		indicate indicates indicated note notes noted describe describes described answer question detail details
		explain explains sure here summary summarize overall specifically also however title titled headline headlined`) {
		for _, t := range text.Terms(w) {
			m[t] = true
		}
	}
	return m
}()

// isFiller reports a sentence with nothing to check: no content word, no
// number, no name ("Sure!", "Yes.", "Here is what I found.").
func isFiller(body string) bool {
	if text.Numbers(body) != nil || len(quotations(body)) > 0 {
		return false
	}
	for _, t := range text.Terms(body) {
		if !metaTerms[t] && !fillerTerms[t] {
			return false
		}
	}
	return true
}

var fillerTerms = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`yes no found find hope help helps let know`) {
		for _, t := range text.Terms(w) {
			m[t] = true
		}
	}
	return m
}()

// ---- Names and quotations ----

// names lists the capitalised words of a claim that are not its first word
// (nor the first after a colon or an opening quote).
func names(body string) []string {
	var out []string
	first := true
	for _, w := range strings.Fields(body) {
		core := strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		core = strings.TrimSuffix(strings.TrimSuffix(core, "’s"), "'s")
		lead := strings.TrimLeftFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		quoted := len(lead) < len(w) && strings.ContainsAny(w[:len(w)-len(lead)], `"“‘'«„(`)
		r, _ := utf8.DecodeRuneInString(core)
		if !first && !quoted && core != "" && unicode.IsUpper(r) && core != "I" && !isTimeWord(core) {
			out = append(out, core)
		}
		first = strings.HasSuffix(w, ":") || strings.HasSuffix(w, "—") || w == "-" || w == "–"
	}
	return out
}

func isTimeWord(w string) bool {
	f := text.Fold(w)
	return weekdayRE.MatchString(f) || monthRE.MatchString(f) || f == "may"
}

// nameIn reports whether a name's words occur in the passages, allowing a
// demonym or possessive form ("Ecuadorian" for "Ecuador").
func nameIn(name string, words map[string]bool) bool {
	for _, w := range text.Words(name) {
		if words[w] {
			continue
		}
		ok := false
		for i := len(w) - 1; i >= 4 && len(w)-i <= 3; i-- {
			if words[w[:i]] {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

var (
	quoteREs = []*regexp.Regexp{
		regexp.MustCompile(`"([^"\n]{1,1000})"`),
		regexp.MustCompile(`“([^”]{1,1000})”`),
		regexp.MustCompile(`‘([^’]{1,1000})’(?:\W|$)`),
		regexp.MustCompile(`«\s*([^»]{1,1000}?)\s*»`),
		regexp.MustCompile(`„([^“”]{1,1000})[“”]`),
		regexp.MustCompile(`(?:^|[\s(\[])'([^'\n]{1,1000}?)'(?:[\s.,;:!?)\]]|$)`),
	}
)

// quotations lists the quoted text of a claim, in any quote style; single
// quotes count around three or more words (shorter is an apostrophe's
// work or a scare quote).
func quotations(body string) []string {
	var out []string
	for i, re := range quoteREs {
		for _, m := range re.FindAllStringSubmatch(body, -1) {
			q := m[1]
			if (i == 2 || i == 5) && len(strings.Fields(q)) < 3 {
				continue
			}
			if hasLetterOrDigit(q) {
				out = append(out, q)
			}
		}
	}
	return out
}

// foldMatch folds text for matching: case, accents, quote and apostrophe
// styles, hyphens and dashes, and runs of white space.
// ---- Malformed replies ----

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
	if !text.IsInstruction(p.Text) {
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
	// A fake <passage> block: everything in it is planted.
	for _, loc := range passageTagRE.FindAllStringIndex(p.Text, -1) {
		end := len(p.Text)
		if c := passageCloseRE.FindStringIndex(p.Text[loc[1]:]); c != nil {
			end = loc[1] + c[1]
		}
		blank(loc[0], end)
	}
	return string(b)
}

var passageTagRE = regexp.MustCompile(`(?i)<\s*passage\b`)
var passageCloseRE = regexp.MustCompile(`(?i)<\s*/\s*passage\s*>`)

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

// MarkerNumbers lists the passage numbers of the citation markers in s, in
// order ("[1][3]" gives 1, 3).
func MarkerNumbers(s string) []int {
	var out []int
	for _, g := range findGroups(s) {
		out = append(out, g.ns...)
	}
	return out
}
