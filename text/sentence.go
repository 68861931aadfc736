package text

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is a byte range [Start, End) in a text.
type Span struct {
	Start, End int
}

// MaxSentenceBytes bounds one sentence. Text with no punctuation at all (a
// table, a list of names) would otherwise become one huge "sentence" and a
// chunk nobody can quote; past this length it is cut at a space.
const MaxSentenceBytes = 1000

// abbrev holds words that take a period without ending a sentence.
// Lower case, without the final period.
var abbrev = map[string]bool{
	// titles and ranks: never end a sentence in practice
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "sen": true,
	"rep": true, "gov": true, "lt": true, "col": true, "capt": true, "cpt": true, "sgt": true,
	"maj": true, "adm": true, "rev": true, "st": true, "mt": true, "ft": true, "pres": true,
	"supt": true, "insp": true, "det": true, "hon": true, "messrs": true,
	// reference words
	"no": true, "nos": true, "vs": true, "v": true, "approx": true, "fig": true, "vol": true,
	"pp": true, "ref": true, "e.g": true, "i.e": true, "cf": true, "al": true,
	// months and days, as newswire abbreviates them
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"mon": true, "tue": true, "tues": true, "wed": true, "thu": true, "thur": true, "thurs": true,
	"fri": true, "sat": true, "sun": true,
	// units and money
	"dlr": true, "dlrs": true, "pct": true, "mln": true, "bln": true, "cts": true, "yr": true,
	"yrs": true, "km": true, "mi": true, "oz": true, "lb": true, "lbs": true,
}

// endingAbbrev holds abbreviations that often close a sentence too ("...
// by Acme Corp. The company said"): they end one only when the next word is
// a usual sentence opener.
var endingAbbrev = map[string]bool{
	"corp": true, "inc": true, "co": true, "ltd": true, "plc": true, "bros": true,
	"jr": true, "sr": true, "etc": true, "u.s": true, "u.k": true, "u.n": true,
	"a.m": true, "p.m": true, "dlrs": true, "dlr": true, "pct": true, "mln": true, "bln": true,
}

// opener holds words that commonly begin a sentence.
var opener = map[string]bool{
	"the": true, "a": true, "an": true, "it": true, "its": true, "he": true, "she": true,
	"they": true, "we": true, "i": true, "in": true, "on": true, "at": true, "but": true,
	"and": true, "this": true, "that": true, "these": true, "those": true, "there": true,
	"his": true, "her": true, "their": true, "our": true, "after": true, "before": true,
	"when": true, "while": true, "if": true, "as": true, "for": true, "some": true,
	"no": true, "one": true, "officials": true, "police": true, "shares": true,
}

// Sentences splits text[start:end] into sentences and returns their byte
// spans in text, each trimmed of surrounding white space. A blank line always
// ends a sentence; single line breaks and indents are hard wraps and do not.
// A period ends a sentence unless it belongs to a number ("1.50"), an initial
// ("U.S.", "J. Smith"), or an abbreviation ("Corp.", "Feb."), or the text
// goes on in lower case.
func Sentences(text string, start, end int) []Span {
	return Split(text, start, end, SplitOptions{})
}

// SplitOptions are where the texts the splitter reads truly differ. The
// zero value is for stories and questions.
type SplitOptions struct {
	// Markers keeps citation markers ("[1]", "[1, 2]", "[2: \"...\"]") that follow a
	// sentence's closing punctuation with that sentence: models write "died. [1]".
	Markers bool
	// Quotes: a period inside an open quotation does not end the sentence,
	// because a model's claim may quote several of a story's sentences whole.
	Quotes bool
}

// Split is Sentences with options.
func Split(text string, start, end int, o SplitOptions) []Span {
	if start < 0 {
		start = 0
	}
	if end > len(text) {
		end = len(text)
	}
	var out []Span
	emit := func(a, b int) {
		a, b = trim(text, a, b)
		out = AppendCut(out, text, a, b, MaxSentenceBytes)
	}
	s := start
	for i := start; i < end; i++ {
		c := text[i]
		switch {
		case c == '\n':
			// A blank line (only spaces between two newlines) ends a paragraph.
			j := i + 1
			for j < end && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
				j++
			}
			if j < end && text[j] == '\n' {
				emit(s, i)
				s = j
				i = j - 1
			}
		case c == '.' || c == '!' || c == '?':
			j := i + 1
			// Runs of terminators and closing quotes or brackets stay with the sentence.
			for j < end {
				r, n := utf8.DecodeRuneInString(text[j:])
				if r == '.' || r == '!' || r == '?' || isCloser(r) {
					j += n
					continue
				}
				break
			}
			if o.Markers {
				j = skipMarkers(text, j, end)
			}
			if j < end {
				r, _ := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsSpace(r) {
					// "1.50", "U.S.", "example.com". Nothing inside the
					// run can end a sentence either: skip past it, so a
					// long run of "!!!!" costs linear time, not quadratic.
					i = j - 1
					continue
				}
			}
			if o.Quotes && insideQuote(text[s:i]) {
				i = j - 1
				continue
			}
			if c == '.' && j == i+1 {
				if !periodEnds(text, s, i, j, end) {
					continue
				}
			} else if r, _ := utf8.DecodeRuneInString(nextWord(text, j, end)); unicode.IsLower(r) {
				i = j - 1
				continue // "Really?" he asked.
			}
			emit(s, j)
			s = j
			i = j - 1
		}
	}
	emit(s, end)
	return out
}

// periodEnds reports whether the period at text[i] ends a sentence; j is
// just past it and the next byte is white space or the end.
func periodEnds(text string, s, i, j, end int) bool {
	// The word before the period.
	w := i
	for w > s && !isSpaceByte(text[w-1]) {
		w--
	}
	word := strings.ToLower(strings.TrimLeft(text[w:i], "(\"'[“‘"))
	next := nextWord(text, j, end)
	if next == "" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(next)
	// Sentences don't open in lower case or with a digit after an abbreviation
	// or date ("Feb. 26", "1.50 dlrs. a share").
	if unicode.IsLower(r) {
		return false
	}
	isInitial := isInitials(word)
	if unicode.IsDigit(r) {
		return !(abbrev[word] || endingAbbrev[word] || isInitial)
	}
	lowerNext := strings.ToLower(strings.TrimRight(next, ",;:"))
	if endingAbbrev[word] {
		return opener[lowerNext]
	}
	if abbrev[word] {
		return false
	}
	if isInitial {
		// "J. Smith" goes on; "... the U.S. The talks" ends.
		return len(word) > 1 && opener[lowerNext]
	}
	return true
}

// isInitials reports words like "j", "u.s" or "u.s.a": single letters joined by periods.
func isInitials(w string) bool {
	if w == "" {
		return false
	}
	for k, r := range w {
		if k%2 == 0 {
			if !unicode.IsLetter(r) || r >= utf8.RuneSelf {
				return false
			}
		} else if r != '.' {
			return false
		}
	}
	return true
}

func nextWord(text string, j, end int) string {
	for j < end && isSpaceByte(text[j]) {
		j++
	}
	k := j
	for k < end && !isSpaceByte(text[k]) {
		k++
	}
	return strings.TrimLeft(text[j:k], "(\"'[“‘")
}

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', ')', ']', '”', '’', '»':
		return true
	}
	return false
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'
}

// trim narrows [a, b) to exclude white space at both ends.
func trim(text string, a, b int) (int, int) {
	for a < b {
		r, n := utf8.DecodeRuneInString(text[a:b])
		if !unicode.IsSpace(r) {
			break
		}
		a += n
	}
	for b > a {
		r, n := utf8.DecodeLastRuneInString(text[a:b])
		if !unicode.IsSpace(r) {
			break
		}
		b -= n
	}
	return a, b
}

// cutPoint finds where to cut an over-long sentence at or before limit: the
// last space after its first half, else the last rune boundary.
func cutPoint(text string, a, limit int) int {
	for k := limit; k > a+(limit-a)/2; k-- {
		if isSpaceByte(text[k]) {
			return k
		}
	}
	for k := limit; k > a; k-- {
		if utf8.RuneStart(text[k]) {
			return k
		}
	}
	return limit
}

// AppendCut appends text[a:b] to out as spans of at most max bytes, cut at
// word boundaries (cutPoint) and trimmed.
func AppendCut(out []Span, text string, a, b, max int) []Span {
	for b-a > max {
		cut := cutPoint(text, a, a+max)
		x, y := trim(text, a, cut)
		if y > x {
			out = append(out, Span{x, y})
		}
		a, b = trim(text, cut, b)
	}
	if b > a {
		out = append(out, Span{a, b})
	}
	return out
}

// markerRE matches a citation marker at the start of a string, after
// optional spaces: "[1]", "[1, 2]", or a quoted one, "[2: \"words\"]".
var markerRE = regexp.MustCompile(`^[ \t]*\[\s*\d+(?:\s*,\s*\d+)*(?:\s*:\s*(?:"[^"\]]*"|“[^”\]]*”))?\s*\]`)

// skipMarkers returns the offset past any citation markers at text[j:end].
func skipMarkers(text string, j, end int) int {
	for {
		loc := markerRE.FindStringIndex(text[j:end])
		if loc == nil {
			return j
		}
		j += loc[1]
	}
}

// insideQuote reports whether s leaves a quotation open: an odd number of
// straight double quotes, or more opening curly quotes than closing ones.
func insideQuote(s string) bool {
	return strings.Count(s, `"`)%2 == 1 || strings.Count(s, "“") > strings.Count(s, "”")
}
