package ground

import (
	"fmt"
	"strconv"

	"github.com/storybot-dev/storybot/text"
)

// countedOutcomeRule: an outcome the claim tells of a count ("14 more
// inmates died in hospital") must be told of that count: a passage
// sentence holding the figure holds the outcome too. "At least 14
// inmates had been taken to hospital" tells no deaths of the 14, and the
// death toll of 31 in another sentence is not theirs. A figure no
// sentence holds is the number rules' to judge; a year ("in 2021") or a
// span ("14 days") is no count.
func countedOutcomeRule(claim []string, _, all []sentWords, _ string) string {
	for i := 0; i < len(claim); i++ {
		v, n := numberAt(claim, i)
		if v == "" {
			continue
		}
		if i > 0 && countPreps[claim[i-1]] || i+n < len(claim) && (timeUnits[text.Lemma(claim[i+n])] || auxWords[claim[i+n]]) || yearLike(v) || i > 1 && claim[i-2] == "of" && claim[i-1] == "the" {
			// "in wing 5", "worth $5 million", "a man, 45, was
			// arrested" (no noun after it), "the families of the 14
			// inmates protested" (the verb is the families')
			i += n - 1
			continue
		}
		for j := i + n; j < len(claim) && j < i+n+5; j++ {
			if w, _ := numberAt(claim, j); w != "" || countBreaks[claim[j]] {
				break // the next figure's words, or another clause's ("3 cellblocks and retook the prison")
			}
			if !outcomeVerbs[text.Lemma(claim[j])] || !statesOutcome(claim, j) {
				continue
			}
			var with []sentWords
			for k, s := range all {
				if holdsFigure(s, v) {
					with = append(with, s)
					if k+1 < len(all) && len(all[k+1]) > 0 && anaphoricOpen[all[k+1][0]] {
						// "Fourteen inmates were taken to hospital.
						// They later died there.": told of the same
						with = append(with, all[k+1])
					}
				}
			}
			if len(with) > 0 && outcomeRule(claim[i:min(len(claim), j+3)], nil, with, "") != "" {
				return fmt.Sprintf("outcome: the passage does not say %q of the %s", claim[j], v)
			}
			break
		}
		i += n - 1
	}
	return ""
}

// countBreaks end the words that may tell what a count did or suffered:
// a new clause or a setting ("31 on Tuesday, and police released").
var countBreaks = set("and or but then while after before on in at as when which that who to from with by for")

// countPreps are the words before a figure that make it a day, a time or
// a place's number rather than a count ("on 26 July", "since 2021", "at
// 10", "cellblock 5", "from 18 to 31" is a count's change and stays).
var countPreps = set("on in since at by until till before after cellblock block pavilion wing cell floor room number no worth valued aged")

// anaphoricOpen are the words a sentence opens with that tell more of
// the count the sentence before gave ("They later died", "All of them
// died").
var anaphoricOpen = set("they all both most some none each these those many several")

// yearLike reports a figure read as a year: 1900 to 2100.
func yearLike(v string) bool {
	n, err := strconv.Atoi(v)
	return err == nil && n >= 1900 && n <= 2100
}

// holdsFigure reports a sentence holding the figure v.
func holdsFigure(s sentWords, v string) bool {
	for i := 0; i < len(s); i++ {
		w, n := numberAt(s, i)
		if w == v {
			return true
		}
		if n > 1 {
			i += n - 1
		}
	}
	return false
}
