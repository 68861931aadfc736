package text

import (
	"strings"
	"unicode"
)

// Uncap reads a question typed with caps lock on ("HOW MANY CONVICTS
// DIED..WHAT TOWN") as if typed in lower case: written all in capitals,
// no word is a name by its capital and every word looks like an acronym.
// It takes a question of three words at least (two opening on a question
// word: "WHO DIED?") whose letters are nine in ten capitals, and none of
// whose words is in lower case; a lower-case question with an acronym or
// two ("what is the SNAI"), a shouted word ("how many DIED") or a list of
// acronyms ("SNAI, ONU, OEA y EEUU?") is left as typed.
func Uncap(q string) string {
	upper, letters, words := 0, 0, 0
	fields := strings.Fields(q)
	for _, f := range fields {
		if strings.IndexFunc(f, unicode.IsLetter) < 0 {
			continue
		}
		words++
		if strings.IndexFunc(f, unicode.IsUpper) < 0 {
			return q // "SNAI, ONU, OEA y EEUU?": caps lock was off
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
	if words < 3 && !(words == 2 && whWords[strings.ToLower(strings.Trim(fields[0], "¿¡"))]) || 10*upper < 9*letters {
		return q
	}
	return strings.ToLower(q)
}

// whWords open a question of two words typed in capitals: "WHO DIED?".
var whWords = map[string]bool{"who": true, "what": true, "when": true, "where": true, "why": true, "how": true, "which": true,
	"whose": true, "whom": true, "quien": true, "quién": true, "qué": true, "que": true, "cuando": true, "cuándo": true, "donde": true, "dónde": true}
