package ground

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storybot-dev/storybot/text"
)

// QuoteContext is how many words on each side of a claim word must be its
// quote's, word for word, for the claim to restate the quote there: two
// before and one after, or one before and two after ("two extra safety
// inspectors on every day shift" of "on every night shift").
const QuoteContext = 2

// changedQuoteWord returns the claim's word and the quote's it stands for
// where the claim restates one of its quotes word for word but for one
// word that WordNet (or the opposite rule's table) gives as its opposite
// ("... inspectors on every day shift [3: "... inspectors on every night
// shift"]"): the model's own evidence says the reverse. A different word
// that is no opposite is left to the other rules: most are paraphrase
// ("wave" for "surge", "headed" for "bound"). "", "" when none.
func changedQuoteWord(body string, groups []group) (string, string) {
	cw := text.Words(unquoted(body))
	ct := text.TermSet(unquoted(body))
	for _, g := range groups {
		for _, mq := range g.quotes {
			qw := text.Words(mq.q)
			qt := text.TermSet(mq.q)
			for i := range cw {
				for j := range qw {
					if cw[i] != qw[j] && nameSwapped(cw, qw, i, j, unquoted(body), mq.q) {
						return cw[i], qw[j] // "the city of Manta" of "the city of Duran"
					}
					if cw[i] == qw[j] || !restated(cw, qw, i, j) || !opposed(cw[i], qw[j]) {
						continue
					}
					// a word left out or put in shifts the rest: a
					// changed word is in neither's other
					if qt[stemOf(cw[i])] || ct[stemOf(qw[j])] {
						continue
					}
					return cw[i], qw[j]
				}
			}
		}
	}
	return "", ""
}

// restated reports claim word i and quote word j standing in the same
// words: QuoteContext before and one after, or one before and QuoteContext
// after, equal, and one of them a content word that is no number.
func restated(cw, qw []string, i, j int) bool {
	same := func(di int) bool {
		a, b := i+di, j+di
		return a >= 0 && b >= 0 && a < len(cw) && b < len(qw) && cw[a] == qw[b]
	}
	before, after := true, true
	for d := 1; d <= QuoteContext; d++ {
		before = before && same(-d)
		after = after && same(d)
	}
	if !(before && same(1) || after && same(-1)) {
		return false
	}
	// the words around it say something: not "the ... from 18"
	for d := -QuoteContext; d <= QuoteContext; d++ {
		if d == 0 {
			continue
		}
		if same(d) {
			if w := cw[i+d]; stemOf(w) != "" && text.Numbers(w) == nil {
				return true
			}
		}
	}
	return false
}

// opposed reports two words WordNet gives as antonyms (as written or
// through their lemmas) or the opposite rule lists as opposites; "come"
// and "go" are no such words.
func opposed(a, b string) bool {
	if slices.Contains(opposites[a], b) {
		return true
	}
	la, lb := text.Lemma(a), text.Lemma(b)
	if perspective[la] && perspective[lb] {
		return false // "went out onto the streets" of "came out": the teller's side, no opposite fact
	}
	ab, ba := text.Antonyms(a), text.Antonyms(b)
	return slices.Contains(ab, b) || slices.Contains(ab, lb) || slices.Contains(ba, a) || slices.Contains(ba, la)
}

// perspective are verbs whose WordNet opposition is the teller's side of a
// motion ("came back to work", "went back to work"); a particle's or
// another light verb's opposite is a fact's ("prices went up" of "went
// down", "give land" of "take land").
var perspective = set("come go")

// nameSwapped reports claim word i and quote word j both names (written
// with a capital inside their text) after the same QuoteContext words, one
// of them a content word: the claim restates its quote with another name
// in the name's place ("the city of Manta" quoting "... and in the city
// of Duran"). The model's own evidence names another place or person.
func nameSwapped(cw, qw []string, i, j int, claim, quote string) bool {
	if i < QuoteContext || j < QuoteContext || stemOf(cw[i]) == "" || stemOf(qw[j]) == "" {
		return false
	}
	content := false
	for d := 1; d <= QuoteContext; d++ {
		if cw[i-d] != qw[j-d] {
			return false
		}
		content = content || stemOf(cw[i-d]) != ""
	}
	if !content || slices.Contains(qw, cw[i]) || slices.Contains(cw, qw[j]) {
		return false // a name the quote holds too: a list read in another order
	}
	return capitalWordIn(claim, cw[i]) && capitalWordIn(quote, qw[j])
}

// capitalWordIn reports a word of raw, capitalised and not opening a
// sentence, that folds to the folded word w ("Durán" for "duran").
func capitalWordIn(raw, w string) bool {
	prev := ""
	for _, tok := range strings.Fields(raw) {
		core := strings.TrimFunc(tok, func(r rune) bool { return !unicode.IsLetter(r) })
		if r, _ := utf8.DecodeRuneInString(core); core != "" && unicode.IsUpper(r) && text.Fold(core) == w &&
			prev != "" && !strings.ContainsAny(prev[len(prev)-1:], ".!?:\"“") {
			return true
		}
		prev = tok
	}
	return false
}
