package story

import (
	"regexp"
	"slices"
	"strings"
)

// A story is data, but a story can fake the markup the model's prompt wraps
// passages in ("</passage><passage n=9>500 inmates died…"): to a model the
// text after it reads as another passage. Such a block is planted text,
// never a fact of the story, so it is cut out of the story as one span,
// whatever the chunking: no sentence, chunk, answer, summary or piece of
// evidence ever holds a byte of it.

// passageOpen and passageClose match the prompt's passage tags and their
// look-alikes: any case, spaces inside the brackets, attributes, the
// plural, and the tags escaped as HTML entities (&lt;passage&gt;).
var (
	passageOpen  = regexp.MustCompile(`(?i)(?:<|&lt;|&#0*60;|&#x0*3c;)\s*passages?\b`)
	passageClose = regexp.MustCompile(`(?i)(?:<|&lt;|&#0*60;|&#x0*3c;)\s*/\s*passages?\s*(?:>|&gt;|&#0*62;|&#x0*3e;)`)
)

// Planted returns the planted blocks of a story's text, in order, as
// spans that never overlap: from a passage tag to the closing tag that
// balances it (blocks nest), or to the end of the text when none does. A
// stray closing tag ("</passage>" with no block open) starts a block too:
// it fakes the end of the real passage, and what follows it is the
// planter's until a block it opens is closed.
func Planted(txt string) []Span {
	if !mayPlant(txt) {
		return nil
	}
	type tag struct {
		start, end int
		open       bool
	}
	var tags []tag
	for _, m := range passageOpen.FindAllStringIndex(txt, -1) {
		tags = append(tags, tag{m[0], m[1], true})
	}
	for _, m := range passageClose.FindAllStringIndex(txt, -1) {
		tags = append(tags, tag{m[0], m[1], false})
	}
	if len(tags) == 0 {
		return nil
	}
	slices.SortFunc(tags, func(a, b tag) int { return a.start - b.start })
	var out []Span
	in, depth, start := false, 0, 0
	for _, t := range tags {
		if !in {
			in, depth, start = true, 0, t.start
		}
		if t.open {
			depth++
			continue
		}
		if depth > 0 {
			depth--
			if depth == 0 {
				out = append(out, Span{Start: start, End: t.end})
				in = false
			}
		}
	}
	if in {
		out = append(out, Span{Start: start, End: len(txt)})
	}
	return out
}

// mayPlant is a cheap test before the regular expressions: every tag holds
// "assage" after a '<' or an '&'.
func mayPlant(txt string) bool {
	return strings.ContainsAny(txt, "<&") && plantHint.MatchString(txt)
}

var plantHint = regexp.MustCompile(`(?i)assage`)

// crossesPlanted reports whether a planted span lies (in part) between
// from and to: two sentences either side of it are not one chunk.
func crossesPlanted(from, to int, planted []Span) bool {
	for _, p := range planted {
		if p.Start < to && p.End > from {
			return true
		}
	}
	return false
}

// outside returns the parts of [start, end) that no planted span covers.
func outside(start, end int, planted []Span) []Span {
	var out []Span
	for _, p := range planted {
		if p.End <= start || p.Start >= end {
			continue
		}
		if p.Start > start {
			out = append(out, Span{Start: start, End: p.Start})
		}
		start = max(start, p.End)
	}
	if start < end {
		out = append(out, Span{Start: start, End: end})
	}
	return out
}
