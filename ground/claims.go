package ground

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storybot-dev/storybot/text"
)

var (
	bulletRE = regexp.MustCompile(`^\s*(?:[-*•+]|\d{1,2}[.)])\s+`)
	// itemNumberRE is a numbered list item's number alone.
	itemNumberRE = regexp.MustCompile(`^\s*\d{1,2}[.)]\s*$`)
	headingRE    = regexp.MustCompile(`^\s*(?:#{1,6}\s+.*|\*\*[^*]+\*\*:?|__[^_]+__:?)\s*$`)
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
	reply, tail := trailingMarkers(reply)
	var out []claim
	sep := ""
	body := cutSources(reply)
	if tail == "" && !markerRE.MatchString(body) {
		// No marker in the text, a list of sources after it: the list
		// cites what stands above it, as a last marker line does.
		tail = listedSources(reply[len(body):])
	}
	paras := paragraphs(body)
	for pi, para := range paras {
		if para == "" {
			sep += "\n"
			continue
		}
		if out != nil {
			sep += "\n"
		}
		if headingRE.MatchString(para) || isIntro(para) || tableRuleRE.MatchString(para) || pi+1 < len(paras) && tableRowRE.MatchString(para) && tableRuleRE.MatchString(paras[pi+1]) {
			// (a table's header row and the rule under it are its
			// structure; each row below is a claim of its own)
			out = append(out, claim{sep: sep, text: para, structure: true})
			sep = ""
			continue
		}
		spans := splitAfterMarkers(para, text.Split(para, 0, len(para), replySplit))
		if len(spans) > 1 && itemNumberRE.MatchString(para[spans[0].Start:spans[0].End]) && !markerRE.MatchString(para) {
			// "1. 15 prison guards": the item's number is cut off as a
			// sentence of its own by the number after it; an item with
			// no marker is one claim, to inherit the markers of what
			// follows the list (listBeforeCited)
			spans[1].Start = spans[0].Start
			spans = spans[1:]
		}
		// A paragraph with markers only at its end: its other sentences
		// inherit them (checked against those passages, dropped when
		// unsupported there).
		inherit := ""
		if n := len(spans); n > 1 {
			last := para[spans[n-1].Start:spans[n-1].End]
			if gs := findGroups(last); len(gs) > 0 && strings.Trim(last[gs[len(gs)-1].end:], " .!?") == "" {
				inherit = plainMarkers(gs)
			}
		}
		for i, sp := range spans {
			if i > 0 {
				sep = " "
			}
			c := claim{sep: sep, text: para[sp.Start:sp.End]}
			if line, rest, ok := strings.Cut(c.text, "\n"); ok && isIntro(line) {
				// "Route 495:" on its own line before what it introduces
				out = append(out, claim{sep: sep, text: line, structure: true})
				c = claim{sep: "\n", text: rest}
			}
			if isQuestion(c.text) {
				// "What is the average temperature?": a question asks, it
				// states nothing
				c.structure = true
			} else if !markerRE.MatchString(c.text) {
				if isIntro(c.text) {
					c.structure = true // "Key points include:" inside a paragraph
				} else if i < len(spans)-1 && !isFiller(c.text) {
					c.inherit = inherit
					if i == 0 && shortAnswer(leadLabelRE.ReplaceAllString(c.text, "")) {
						// "Sixty days. The government announced ... [1].
						// Passage 2 adds ... [2].": a short answer opening
						// its paragraph says in brief what the paragraph
						// cites, all of it
						var gs []group
						for _, sp := range spans[1:] {
							gs = append(gs, findGroups(para[sp.Start:sp.End])...)
						}
						c.inherit = plainMarkers(gs)
					}
				}
			}
			out = append(out, c)
		}
		sep = ""
	}
	// A marker on a line of its own at the end cites what stands above
	// it, back to the last claim with a marker of its own: the list or
	// lines it closes.
	if tail != "" {
		for i := len(out) - 1; i >= 0 && !markerRE.MatchString(out[i].text); i-- {
			if !out[i].structure && out[i].inherit == "" && !isFiller(out[i].text) {
				out[i].inherit = tail
			}
		}
	}
	listBeforeCited(out)
	leadAnswer(out)
	// At most one blank line between claims, none before the first.
	for i := range out {
		if strings.Count(out[i].sep, "\n") > 2 {
			out[i].sep = "\n\n"
		}
	}
	return out
}

// listBeforeCited gives a list whose items carry no marker ("* copper",
// "1. 15 prison guards") the markers of a cited lead ending in a colon
// just before it ("The ship was carrying [1]:"), or else of the claim
// right after it, when that claim is no list item and cites, itself or by
// its paragraph's closing marker: "**Cargo affected:** * copper * fruit *
// wine // Most of the containers are carrying these ... [2][3]". Not under
// a line whose clause the items complete (clauseIntro). Each item is
// checked against those passages (and dropped when they don't hold it),
// as a sentence inheriting its paragraph's closing marker is.
func listBeforeCited(out []claim) {
	for i := 0; i < len(out); {
		if !unmarkedItem(out[i]) {
			i++
			continue
		}
		j := i
		for j < len(out) && (unmarkedItem(out[j]) || out[j].structure && !bulletRE.MatchString(out[j].text)) {
			j++
		}
		markers := ""
		if i > 0 && !out[i-1].structure && strings.HasSuffix(strings.TrimSpace(out[i-1].text), ":") {
			// "The ship was carrying [1]:": a cited lead introducing
			// the list
			if gs := findGroups(out[i-1].text); len(gs) > 0 {
				markers = plainMarkers(gs)
			}
		} else if j < len(out) && !out[j].structure && !bulletRE.MatchString(out[j].text) && !(i > 0 && clauseIntro(out[i-1])) {
			if gs := findGroups(out[j].text); len(gs) > 0 {
				markers = plainMarkers(gs)
			} else {
				markers = out[j].inherit // its paragraph's closing marker
			}
		}
		if markers != "" {
			for k := i; k < j; k++ {
				if unmarkedItem(out[k]) {
					out[k].inherit = markers
				}
			}
		}
		i = j + 1
	}
}

// clauseIntro reports a line introducing a list with a clause whose
// verb the items complete ("Those killed included:", "The dead were:"):
// each item checked alone would lose what the line says of it, so it
// inherits no marker.
func clauseIntro(c claim) bool {
	ws := text.Words(c.text)
	return len(ws) > 0 && introVerbs[ws[len(ws)-1]]
}

// introVerbs end a clause introducing a list.
var introVerbs = set("include included includes including were are was is involve involved involves comprise comprised contain contained")

// unmarkedItem reports a list item with no marker, none to inherit, and
// something to check.
func unmarkedItem(c claim) bool {
	return !c.structure && bulletRE.MatchString(c.text) && !markerRE.MatchString(c.text) && c.inherit == "" && !isFiller(c.text)
}

// LeadAnswerWords is the most words a reply's opening answer may have to
// inherit the markers of what follows it: "Sixty days.", "**Answer:**
// Manabi and Los Rios." A longer sentence is a claim of its own.
const LeadAnswerWords = 8

// shortAnswer reports an answer said as a phrase, no sentence: at most
// LeadAnswerWords words, no auxiliary or verb in -ed, and a number ("Sixty
// days", "31") or only names ("Manabi and Los Rios"). "The toll was raised
// to 31" and "Drivers pay more" are sentences.
func shortAnswer(body string) bool {
	ws := text.Words(body)
	if len(ws) == 0 || len(ws) > LeadAnswerWords {
		return false
	}
	number := false
	for _, w := range ws {
		if auxWords[w] || strings.HasSuffix(w, "ed") && len(w) > 3 {
			return false
		}
		number = number || text.Numbers(w) != nil || text.IsNumeral(stemOf(w))
	}
	if number {
		return true
	}
	for _, f := range strings.Fields(body) {
		f = strings.Trim(f, "*_.,;:!?\"'()")
		if r, _ := utf8.DecodeRuneInString(f); f != "" && stemOf(strings.ToLower(f)) != "" && !unicode.IsUpper(r) {
			return false // a common word: a sentence, or a phrase of no name
		}
	}
	return true
}

// leadLabelRE is the label an opening answer may carry: "**Answer:**".
var leadLabelRE = regexp.MustCompile(`^\s*(?:\*\*|__)?\p{L}[\p{L}'’ ]{0,30}?(?:\*\*|__)?\s*:(?:\*\*|__)?\s+`)

// leadAnswer gives a reply's opening short answer, written without a
// marker ("**Answer:** Sixty days." before the sentences that cite), the
// markers of every claim after it: it says in brief what they say, and
// is checked against their passages (and dropped when they don't hold it).
func leadAnswer(out []claim) {
	first := slices.IndexFunc(out, func(c claim) bool { return !c.structure })
	if first < 0 || markerRE.MatchString(out[first].text) || out[first].inherit != "" || isFiller(out[first].text) {
		return
	}
	body := leadLabelRE.ReplaceAllString(out[first].text, "")
	if !shortAnswer(body) {
		return
	}
	var gs []group
	for _, c := range out[first+1:] {
		gs = append(gs, findGroups(c.text)...)
	}
	if len(gs) > 0 {
		out[first].inherit = plainMarkers(gs)
	}
}

// paragraphs cuts a reply into its Markdown blocks: a list item, a
// heading, or a run of lines (soft-wrapped text). Blank lines come out as
// "".
// labelLineRE is a line opening on a bold label ("**Main cargo:** copper,
// fruit and wine"): one item of a list written without bullets.
var labelLineRE = regexp.MustCompile(`^\s*\*\*[^*\n]{1,40}\*\*`)

// tableRowRE is a row of a Markdown table, "| death toll | 31 |": a line of
// its own, as a list item is; tableRuleRE the rule under its header row.
var (
	tableRowRE  = regexp.MustCompile(`^\s*\|.*\|\s*$`)
	tableRuleRE = regexp.MustCompile(`^\s*\|[\s:|-]*-[\s:|-]*\|\s*$`)
)

func paragraphs(s string) []string {
	var out []string
	open := false
	for _, line := range strings.Split(s, "\n") {
		switch {
		case strings.TrimSpace(line) == "":
			out = append(out, "")
			open = false
		case open && !bulletRE.MatchString(line) && !tableRowRE.MatchString(line) && !labelLineRE.MatchString(line) && !headingRE.MatchString(line) && !headingRE.MatchString(out[len(out)-1]):
			out[len(out)-1] += "\n" + line
		default:
			out = append(out, line)
			open = true
		}
	}
	return out
}

// isIntro reports a line that only introduces what follows: it ends with a
// colon and cites nothing. It is never shown, so a fact in it ("To remove
// the door panel on a 2006 Chevy, you will need to:") is never asserted.
func isIntro(line string) bool {
	if strings.Contains(line, "\n") {
		return false
	}
	t := strings.TrimSpace(line)
	return strings.HasSuffix(t, ":") && !markerRE.MatchString(t)
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

// sourceEntryRE is a sources list's entry that opens with its passage's
// marker: "[1] Guayaquil city council spokesperson on extra buses".
var sourceEntryRE = regexp.MustCompile(`(?m)^\s*(?:[-*•]\s*)?\[(\d+)\]`)

// listedSources returns the passages a cut sources list under a header
// ("Sources:") gives entries for, as one plain marker ("[1, 3]"), or ""
// when it gives none.
func listedSources(list string) string {
	first, _, _ := strings.Cut(strings.TrimLeft(list, "\n"), "\n")
	if !sourcesRE.MatchString(first) {
		return "" // bare entries ("[1] Reuters, 26 July"): sources of the model's, not the passages
	}
	var gs []group
	for _, m := range sourceEntryRE.FindAllStringSubmatch(list, -1) {
		if n, err := strconv.Atoi(m[1]); err == nil {
			gs = append(gs, group{ns: []int{n}})
		}
	}
	if len(gs) == 0 {
		return ""
	}
	return plainMarkers(gs)
}

// plainMarkers writes the passages of marker groups as one plain marker,
// "[1, 3]", for the sentences that inherit it.
func plainMarkers(gs []group) string {
	var ns []string
	for _, g := range gs {
		for _, n := range g.ns {
			if x := strconv.Itoa(n); !slices.Contains(ns, x) {
				ns = append(ns, x)
			}
		}
	}
	return "[" + strings.Join(ns, ", ") + "]"
}

// isQuestion reports a sentence that asks (ends in "?", markers aside)
// and quotes nothing.
func isQuestion(s string) bool {
	t := strings.TrimSpace(markerRE.ReplaceAllString(s, ""))
	return strings.HasSuffix(t, "?") && len(quotations(t)) == 0
}

// markerLineRE is a last line that only cites: "[1]", "[1][2]", "Source:
// [1]", "Fuente: [2]" (the label in English or Spanish, bold or not), and
// its markers may quote: "**Source:** [2: "…"]".
var markerLineRE = regexp.MustCompile(`(?i)^\s*(?:\*\*|__)?\s*(?:(?:sources?|fuentes?|references?|citations?|passages?|pasajes?|evidence)\s*:?\s*(?:\*\*|__)?\s*)?((?:\[\s*\d+(?:\s*,\s*\d+)*(?:\s*:\s*(?:"[^"\]\n]*"|“[^”\]\n]*”))?\s*\][\s,.;]*)+)$`)

// trailingMarkers cuts a last line that only cites (markerLineRE) and
// returns the reply without it and its passages as one plain marker,
// "[1, 3]", or its markers as written when they quote (the lines above
// are checked against the quoted words); "" when the reply ends
// otherwise.
func trailingMarkers(reply string) (string, string) {
	t := strings.TrimRight(reply, " \t\n")
	i := strings.LastIndexByte(t, '\n')
	if i < 0 {
		return reply, "" // the reply is that line: nothing above it
	}
	m := markerLineRE.FindStringSubmatch(t[i+1:])
	if m == nil {
		return reply, ""
	}
	gs := findGroups(m[1])
	if len(gs) == 0 {
		return reply, ""
	}
	for _, g := range gs {
		if len(g.quotes) > 0 {
			// "Source: [2: "…"]": the lines above cite those words
			return t[:i], strings.TrimRight(strings.TrimSpace(m[1]), ",.;")
		}
	}
	return t[:i], plainMarkers(gs)
}

// splitAfterMarkers cuts a span where a marker is followed by a full stop
// (or "!", "?") and a capitalised word: the sentence ended there, whatever
// the quote inside the marker ends with. The sentence splitter reads a
// period inside a quoting marker ([1: "... on Saturday."]) as inside a
// quotation and runs on past the one after it, which would glue the next
// sentence ("Let me know if you'd like more on the timeline!") to the
// claim the marker proves.
func splitAfterMarkers(para string, spans []text.Span) []text.Span {
	if !strings.Contains(para, "\"]") && !strings.Contains(para, "”]") {
		return spans // only a quoting marker hides its period
	}
	var out []text.Span
	for _, sp := range spans {
		s := para[sp.Start:sp.End]
		start := 0
		for _, g := range findGroups(s) {
			if len(g.quotes) == 0 {
				continue
			}
			j := g.end
			for j < len(s) && strings.IndexByte(".!?", s[j]) >= 0 {
				j++
			}
			if j == g.end || j >= len(s) || s[j] != ' ' {
				continue
			}
			k := j
			for k < len(s) && s[k] == ' ' {
				k++
			}
			if r, _ := utf8.DecodeRuneInString(s[k:]); k == len(s) || !unicode.IsUpper(r) {
				continue
			}
			out = append(out, text.Span{Start: sp.Start + start, End: sp.Start + j})
			start = k
		}
		out = append(out, text.Span{Start: sp.Start + start, End: sp.End})
	}
	return out
}
