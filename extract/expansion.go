package extract

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"

	"github.com/storybot-dev/storybot/cite"
)

// expansion answers a question for what an abbreviation stands for
// (question.AsksExpansion) with a story's own spelling out of it: the
// abbreviation in capitals beside its full name in brackets, either way
// round ("SNAI (National Service of Integral Attention ...)", "the
// Scottish National Party (SNP)"), where every letter of the abbreviation
// opens a capitalised word of the name. The stories searched are those of
// the retrieved passages, in their order, whole: a story spells an
// abbreviation out once, where it first uses it, and the passages found
// for the question may be the ones that use it after. The citation is
// that span exactly (with no index, the passages alone are searched).
// False when none spells it out: the question is then
// read as any other.
func expansion(ix Index, ans *Answer, abbrev string) bool {
	up := regexp.QuoteMeta(strings.ToUpper(abbrev))
	after := regexp.MustCompile(`\b` + up + `\s*\(([^()]{3,240})\)`)
	before := regexp.MustCompile(`((?:\p{Lu}[\p{L}’'-]*|` + nameLinks + `)(?:,?\s+(?:\p{Lu}[\p{L}’'-]*|` + nameLinks + `))+)\s*\(` + up + `\)`)
	seen := map[string]bool{}
	for _, p := range ans.Passages {
		src, txt := p.Source, p.Text
		off := p.Start
		if seen[src] {
			continue
		}
		seen[src] = true
		if ix != nil {
			if st := StoryOf(ix, src); st != nil {
				txt, off = st.Text, 0
			}
		}
		if start, end, name, ok := spelledOut(txt, abbrev, after, before); ok {
			ans.Text = fmt.Sprintf("%s: %s [1]", strings.ToUpper(abbrev), strings.Join(strings.Fields(name), " "))
			ans.Citations = []cite.Citation{{N: 1, Source: src, Title: p.Title, Date: p.Date, Start: off + start, End: off + end, Quote: txt[start:end]}}
			return true
		}
	}
	return false
}

// nameLinks are the small words a full name may hold between its
// capitalised words, as a regular expression's alternatives.
const nameLinks = `of|for|the|and|to|on|in|de|del|la|las|los|y|el|their|its`

// spelledOut finds the first spelling out of abbrev in txt, by after
// ("SNAI (...)") or before ("... (SNP)"): the span to cite and the name.
func spelledOut(txt, abbrev string, after, before *regexp.Regexp) (start, end int, name string, ok bool) {
	if m := after.FindStringSubmatchIndex(txt); m != nil && spellsOut(txt[m[2]:m[3]], abbrev, false) {
		return m[0], m[1], txt[m[2]:m[3]], true
	}
	for _, m := range before.FindAllStringSubmatchIndex(txt, -1) {
		// the name is the shortest run of words before the bracket that
		// opens on a capitalised word and spells the abbreviation out:
		// "the Scottish National Party" (not "The" of a sentence's
		// start: "User Datagram Protocol"), "the National
		// Science Foundation" of "the State of Michigan and the National
		// Science Foundation (NSF)"
		var starts []int
		for _, w := range wordStarts.FindAllStringIndex(txt[m[2]:m[3]], -1) {
			if word := txt[m[2]+w[0] : m[2]+w[1]]; unicode.IsUpper([]rune(word)[0]) {
				starts = append(starts, m[2]+w[0])
			}
		}
		for i := len(starts) - 1; i >= 0; i-- {
			if name := strings.TrimSpace(txt[starts[i]:m[3]]); spellsOut(name, abbrev, true) {
				return starts[i], m[1], name, true
			}
		}
	}
	return 0, 0, "", false
}

// wordStarts finds the words of a name.
var wordStarts = regexp.MustCompile(`[\p{L}’'-]+`)

// spellsOut reports a name whose capitalised words open with the
// abbreviation's letters, a hyphen's parts read as words ("Multi-Protocol
// Label Switching": MPLS), two such words at least. inOrder: the letters
// in their order ("European Economic Community" for EEC, not "Economic
// Community"), as an English name before
// its abbreviation is; else in any order, as a name spelled out after a
// Spanish abbreviation may be ("SNAI (National Service of Integral
// Attention ...)").
func spellsOut(name, abbrev string, inOrder bool) bool {
	var initials []rune
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return unicode.IsSpace(r) || r == '-' || r == ',' }) {
		r := []rune(strings.TrimLeft(w, "\"'“‘("))
		if len(r) > 0 && unicode.IsUpper(r[0]) {
			initials = append(initials, unicode.ToLower(r[0]))
		}
	}
	if len(initials) < 2 {
		return false
	}
	letters := []rune(strings.ToLower(abbrev))
	if inOrder {
		i := 0
		for _, r := range initials {
			if i < len(letters) && r == letters[i] {
				i++
			}
		}
		return i == len(letters)
	}
	count := map[rune]int{}
	for _, r := range initials {
		count[r]++
	}
	for _, r := range letters {
		if count[r] == 0 {
			return false
		}
	}
	return true
}
