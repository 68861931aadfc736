package ground

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storybot-dev/storybot/text"
)

// names lists the capitalised words of a claim that are not its first word
// (nor the first after a colon or an opening quote).
func names(body string) []string {
	var out []string
	first := true
	prev := ""
	for _, w := range strings.Fields(body) {
		if prev == "|" && strings.HasSuffix(w, ":") {
			// a table cell's label ("| Day: Tuesday |"), as a list
			// item's ("Day: Tuesday") is: no name
			prev, first = w, true
			continue
		}
		prev = w
		core := strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		core = strings.TrimSuffix(strings.TrimSuffix(core, "’s"), "'s")
		lead := strings.TrimLeftFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		quoted := len(lead) < len(w) && strings.ContainsAny(w[:len(w)-len(lead)], `"“‘'«„(`)
		r, _ := utf8.DecodeRuneInString(core)
		if !first && !quoted && core != "" && unicode.IsUpper(r) && core != "I" && !text.IsTimeWord(core) && !commonAbbrev[core] && !unitNames[core] && !plainWord(core) {
			out = append(out, core)
		}
		end := strings.TrimRight(w, `"”’')]*`)
		first = strings.HasSuffix(w, ":") || strings.HasSuffix(w, "—") || w == "-" || w == "–" || w == "(" ||
			len(end) < len(w) && strings.HasSuffix(end, ".") || strings.HasSuffix(end, "!") || strings.HasSuffix(end, "?") ||
			sentenceEnd(w)
	}
	return out
}

// sentenceEnd reports a word ending a sentence inside a claim with its
// full stop: a lower-case word of three letters or more, a number or a
// closing quote before the stop ("the seam. Finally"), or a list's letter
// ("b. Better"). An initial or an abbreviation ("G.", "Dr.") ends none.
func sentenceEnd(w string) bool {
	tail, ok := strings.CutSuffix(w, ".")
	if !ok || tail == "" || strings.HasSuffix(tail, ".") {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(tail)
	switch {
	case unicode.IsDigit(r) || strings.ContainsRune(`"”’'`, r):
		return true
	case utf8.RuneCountInString(tail) == 1:
		return unicode.IsLower(r) // "b." of a list
	}
	for _, c := range tail {
		if !unicode.IsLower(c) {
			return false
		}
	}
	return utf8.RuneCountInString(tail) >= 3
}

// unitNames are units named after people: no names to check.
var unitNames = map[string]bool{"Fahrenheit": true, "Celsius": true, "Kelvin": true}

// acronymRE is a name spelt out before its acronym: "Bureau of Labor
// Statistics (BLS)".
var acronymRE = regexp.MustCompile(`((?:\p{Lu}[\p{L}-]*\s+(?:(?:of|and|the|for|on|in)\s+)*){1,8})\((\p{Lu}{2,8})\)`)

// spelledOut returns the words of the names a claim spells out before an
// acronym the passages hold (the initials match): the passage's acronym
// names them.
func spelledOut(body string, words map[string]bool) map[string]bool {
	out := map[string]bool{}
	for _, m := range acronymRE.FindAllStringSubmatch(body, -1) {
		var initials strings.Builder
		var caps []string
		for _, f := range strings.Fields(m[1]) {
			if r, _ := utf8.DecodeRuneInString(f); unicode.IsUpper(r) {
				initials.WriteRune(r)
				caps = append(caps, f)
			}
		}
		acr := m[2]
		if !words[strings.ToLower(acr)] || !strings.HasSuffix(initials.String(), acr) {
			continue
		}
		for _, f := range caps[len(caps)-len(acr):] {
			out[f] = true
		}
	}
	return out
}

// commonAbbrev are capitalised abbreviations a paraphrase adds freely
// ("a TV series", "Aberdeen FC", "Chris Eubank Sr."): not names to check.
var commonAbbrev = map[string]bool{"TV": true, "UK": true, "US": true, "USA": true, "FC": true, "Sr": true, "Jr": true,
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "St": true, "AM": true, "PM": true}

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
		if !ok && len(w) >= 6 && (strings.HasSuffix(w, "an") || strings.HasSuffix(w, "ese") || strings.HasSuffix(w, "ish")) {
			// a demonym whose country ends otherwise: "Belgian" for "Belgium"
			stem := strings.TrimRight(w[:len(w)-2], "aeiou")
			for pw := range words {
				if len(stem) >= 4 && strings.HasPrefix(pw, stem) {
					ok = true
					break
				}
			}
		}
		if !ok && len(w) >= 7 {
			// a long name misspelt by one letter: "Wellesey"
			for pw := range words {
				if len(pw) >= 7 && pw[0] == w[0] && text.EditDistance(pw, w, 1) <= 1 {
					ok = true
					break
				}
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

// quoteOpeners are the marks each of quoteREs opens with.
var quoteOpeners = []string{`"`, "“", "‘", "«", "„", "'"}

// inchRE is a straight double quote after a fraction ("1/4\"") or after a
// number and before a measure word ("12\" wide").
var inchRE = regexp.MustCompile(`\d"\s+(?:away|long|wide|thick|deep|high|tall|apart|from|x|by)\b|\d/\d+"`)

// quotations lists the quoted text of a claim, in any quote style; single
// quotes count around three or more words (shorter is an apostrophe's
// work or a scare quote).
func quotations(body string) []string { return quotationsGated(body, true) }

// quotationsGated is quotations; gated skips a quotation style whose
// opening mark the body lacks, which changes nothing but the time taken
// (the gate's test compares both).
func quotationsGated(body string, gated bool) []string {
	if strings.Contains(body, `"`) {
		// a straight quote after a fraction or before a measure is an
		// inch mark ("about 1/4\" away", "a 12\" wide board"), no
		// quotation's start or end
		body = inchRE.ReplaceAllStringFunc(body, func(m string) string { return strings.Replace(m, `"`, " in", 1) })
	}
	var out []string
	for i, re := range quoteREs {
		if gated && !strings.Contains(body, quoteOpeners[i]) {
			continue // no quotation of this style without its opening mark
		}
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

// plainWord reports a capitalised word that is no name: a stop word or
// a word for the passages ("The", "However", "Passage").
func plainWord(w string) bool {
	t := stemOf(strings.ToLower(w))
	return t == "" || metaTerms[t] || strings.ContainsAny(w, "'’")
}

// otherNamesOnly reports a word w of the claim's name (its words, folded,
// in order) that the cited passages write only inside another person's
// name: next to a name word the claim's name doesn't have where the
// claim's has one on that side ("Guillermo" in "President Guillermo
// Lasso", for the claim's "Guillermo Rodriguez"). A passage writing w
// alone, or beside the claim's own words, names the claim's one.
func otherNamesOnly(w string, name []string, cited []int, ev []evidence) bool {
	at := slices.Index(name, w)
	if at < 0 {
		return false
	}
	uses, others := 0, 0
	for _, n := range cited {
		whole := ev[n-1].whole
		uses += strings.Count(" "+strings.Join(text.Words(whole), " ")+" ", " "+w+" ")
		for _, ph := range namePhraseRE.FindAllString(whole, -1) {
			pw := text.Words(ph)
			for i, x := range pw {
				if x != w {
					continue
				}
				after := at+1 < len(name) && i+1 < len(pw) && !slices.Contains(name, pw[i+1])
				before := at > 0 && i > 0 && !slices.Contains(name, pw[i-1])
				if after || before {
					others++
				}
			}
		}
	}
	return uses > 0 && others >= uses
}

// placeOfPlaceRE finds a name set after another with a comma, the way a
// place is placed in a larger one: "Guayaquil, Ecuador".
var placeOfPlaceRE = regexp.MustCompile(`(\p{Lu}[\p{L}'’-]+),\s+(\p{Lu}[\p{L}'’-]+)(?:\s*[.;:)]|\s*$)`)

// placeOfPlace reports a name the claim sets after a name its quoted
// sentences hold, comma between, at the end of a clause ("In the city of
// Guayaquil, Ecuador"), when the cited passage holds it outside them: the
// larger place the passage puts the first in, which a quote narrowed
// away. Only for a quoting claim; the cited passage must still hold it.
func placeOfPlace(name, claim string, words map[string]bool, cited []int, ev []evidence) bool {
	for _, m := range placeOfPlaceRE.FindAllStringSubmatch(claim, -1) {
		if m[2] != name || !nameIn(m[1], words) {
			continue
		}
		for _, n := range cited {
			if f := ev[n-1].full; f != nil && nameIn(name, f.words) {
				return true
			}
		}
	}
	return false
}

// initialsOf reports an abbreviation in capitals ("AG", "SNAI") whose
// letters begin consecutive words of a cited sentence ("attorney
// general"): the passage's words, shortened the way reporters shorten
// them ("the AG's office" of "the attorney general's office").
func initialsOf(name string, cited []int, ev []evidence) bool {
	if len(name) < 2 || len(name) > 5 || strings.ToUpper(name) != name || strings.ContainsAny(name, " .-") {
		return false
	}
	want := strings.ToLower(name)
	for _, n := range cited {
		for _, s := range ev[n-1].sents {
			for i := 0; i+len(want) <= len(s.ws); i++ {
				ok := true
				for k := range len(want) {
					if w := s.ws[i+k]; w == "" || w[0] != want[k] {
						ok = false
						break
					}
				}
				if ok {
					return true
				}
			}
		}
	}
	return false
}
