package text

import (
	"strings"
	"unicode"
)

// Uncap reads a question typed with caps lock on ("HOW MANY CONVICTS
// DIED..WHAT TOWN") as if typed in lower case: written all in capitals,
// no word is a name by its capital and every word looks like an acronym.
// It takes a question of three words at least whose letters are nine in
// ten capitals; a lower-case question with an acronym or two ("what is
// the SNAI") or a shouted word ("how many DIED") is left as typed.
func Uncap(q string) string {
	upper, letters, words := 0, 0, 0
	for _, f := range strings.Fields(q) {
		if strings.IndexFunc(f, unicode.IsLetter) >= 0 {
			words++
		}
	}
	for _, r := range q {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	if words < 3 || 10*upper < 9*letters {
		return q
	}
	return strings.ToLower(q)
}
