package question

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storybot-dev/storybot/text"
)

// acronym is the stories' words that an abbreviation typed in capitals
// stands for, when the stories never use the abbreviation themselves:
// "was anyone hurt when the AG office got hit" asks of the "attorney
// general" the stories write out. The words are two to four content words
// in a row, no mark between them, whose first letters spell it: a noun
// WordNet knows ("european union"), or a title the stories write twice or
// more, or once in capitals (its last word a person's: "attorney
// general"). "" when they hold no such run, or two that neither is
// written at least twice as often as the other. A name the stories
// capitalise is not enough ("TV" is no "Tomas Vera"), nor an abbreviation
// after a number ("9 PM" is a time). A possessive keeps its "'s".
func (v *Vocabulary) acronym(w, before string) string {
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
		return "" // most words: read on every word of every question
	}
	for _, poss := range []string{"'s", "’s"} {
		if base, ok := strings.CutSuffix(w, poss); ok {
			if a := v.acronym(base, before); a != "" {
				return a + poss // "the AG's office": the attorney general's
			}
			return ""
		}
	}
	n := utf8.RuneCountInString(w)
	if n < 2 || n > 4 || strings.ToUpper(w) != w || !isLetters(w) || v.uses(strings.ToLower(w)) || v.stories == nil || len(text.Numbers(before)) > 0 {
		return ""
	}
	v.acronymsOnce.Do(v.buildAcronyms)
	runs := v.acronyms[strings.ToLower(w)]
	best, bestN, nextN := "", 0, 0
	for run, c := range runs {
		if c > bestN || c == bestN && run < best {
			best, bestN, nextN = run, c, max(nextN, bestN)
		} else {
			nextN = max(nextN, c)
		}
	}
	if best == "" || nextN*2 > bestN {
		return ""
	}
	f := strings.Fields(best)
	switch {
	case len(f) == 2 && text.CompoundSynonyms(f[0], f[1]) != nil: // a noun WordNet knows: "european union"
	case (bestN >= 2 || v.titled[best]) && text.IsPersonNoun(f[len(f)-1]): // a title written again or in capitals: "attorney general"
	default:
		return "" // "vigil outside" is no "VO", "third largest" no "TL"
	}
	return best
}

// buildAcronyms counts, by their first letters, the runs of two to four
// content words in a row the stories write: "attorney general" under
// "ag"; "state emergency" never (a small word stands between).
func (v *Vocabulary) buildAcronyms() {
	v.acronyms, v.titled = map[string]map[string]int{}, map[string]bool{}
	for _, s := range v.stories() {
		toks := strings.Fields(s.Text)
		for i := range toks {
			var words []string
			var initials strings.Builder
			upper := true // every word of the run capitalised
			for j := i; j < len(toks) && j < i+4; j++ {
				raw := toks[j]
				core := strings.TrimSuffix(strings.TrimSuffix(strings.TrimRight(raw, ".,;:!?\"'”’)"), "'s"), "’s")
				core = strings.TrimLeft(core, "\"'“‘(")
				if utf8.RuneCountInString(core) < 3 || !isLetters(core) || len(text.Terms(core)) == 0 {
					break
				}
				r, _ := utf8.DecodeRuneInString(core)
				upper = upper && unicode.IsUpper(r)
				initials.WriteRune(unicode.ToLower(r))
				words = append(words, strings.ToLower(core))
				if len(words) >= 2 {
					k := initials.String()
					if v.acronyms[k] == nil {
						v.acronyms[k] = map[string]int{}
					}
					run := strings.Join(words, " ")
					v.acronyms[k][run]++
					if upper {
						v.titled[run] = true // "Attorney General"
					}
				}
				if core != strings.TrimLeft(raw, "\"'“‘(") {
					break // a mark after it ends the run
				}
			}
		}
	}
}
