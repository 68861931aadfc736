package ground

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storybot-dev/storybot/cite"
	"github.com/storybot-dev/storybot/text"
)

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
		extra := p.Title + "\n" + text.DateWords(p.Date)
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
	times := append(text.Weekdays(fr), text.Months(fr)...)
	if text.MentionsMay(rest) {
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
	if w == "" || !unicode.IsUpper(r) || text.IsTimeWord(w) {
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
	for _, s := range text.StemSynonyms(t) {
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
