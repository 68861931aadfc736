package ground

import (
	"fmt"
	"strings"
)

// listedCountRule: a count closing a list the claim opens with ("Soldiers,
// police officers and 15 prison guards took part in retaking the prison")
// shares the list's deed, as counts joined as a subject do
// (conjoinedCountRule): when the cited sentences give that count with its
// noun, none of them holding a term of the deed (the three content terms
// after it), and another sentence holds one, the count was merged in
// from another event (the guards were held hostage elsewhere).
func listedCountRule(claim []string, _, all []sentWords, _ string) string {
	for i := 1; i < len(claim) && i <= 6; i++ {
		if claim[i-1] != "and" {
			continue
		}
		v, n := numberAt(claim, i)
		if v == "" || magnitudes[v] || isYear(v) {
			continue
		}
		var nouns []string
		end := i + n
		for j := end; j < len(claim) && j < i+n+2; j++ {
			if v2, _ := numberAt(claim, j); v2 != "" {
				break
			}
			if t := stemOf(claim[j]); t != "" {
				nouns = append(nouns, t)
				end = j + 1
			}
		}
		if len(nouns) == 0 {
			return ""
		}
		for j := 0; j < i-1; j++ {
			if v, _ := numberAt(claim, j); v != "" {
				return "" // counts on both sides: conjoinedCountRule's
			}
		}
		deed := deedAfter(claim, end, nouns)
		if len(deed) == 0 {
			return ""
		}
		holds := func(s sentWords) bool { return s.holdsAny(deed) }
		said, found, with := false, false, false
		for _, s := range all {
			h := holds(s)
			said = said || h
			for _, nn := range numberNouns(s) {
				if nn.val == v && sharesNoun(nouns, nn.nouns) {
					found = true
					with = with || h
				}
			}
		}
		if said && found && !with {
			return fmt.Sprintf("number: the passage says %s %s, but not that they %s", v, strings.Join(nouns, " "), strings.Join(deed, " "))
		}
		return ""
	}
	return ""
}
