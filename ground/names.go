package ground

import (
	"regexp"
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
	for _, w := range strings.Fields(body) {
		core := strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		core = strings.TrimSuffix(strings.TrimSuffix(core, "’s"), "'s")
		lead := strings.TrimLeftFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		quoted := len(lead) < len(w) && strings.ContainsAny(w[:len(w)-len(lead)], `"“‘'«„(`)
		r, _ := utf8.DecodeRuneInString(core)
		if !first && !quoted && core != "" && unicode.IsUpper(r) && core != "I" && !text.IsTimeWord(core) && !commonAbbrev[core] && !plainWord(core) {
			out = append(out, core)
		}
		end := strings.TrimRight(w, `"”’')]*`)
		first = strings.HasSuffix(w, ":") || strings.HasSuffix(w, "—") || w == "-" || w == "–" || w == "(" ||
			len(end) < len(w) && strings.HasSuffix(end, ".") || strings.HasSuffix(end, "!") || strings.HasSuffix(end, "?")
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

// plainWord reports a capitalised word that is no name: a stop word or
// a word for the passages ("The", "However", "Passage").
func plainWord(w string) bool {
	t := stemOf(strings.ToLower(w))
	return t == "" || metaTerms[t] || strings.ContainsAny(w, "'’")
}
