package ground

import (
	"strconv"
	"strings"
)

// revisionWords are the words a claim restates a revised count with: the
// count itself ("the figure", "the earlier count", "la cifra anterior"),
// its standing ("now stands at", "the official toll") and the revising
// ("revised", "the revision brought it to"). "son"/"era" are Spanish
// copulas ("Son 31 muertos", "la cifra oficial era de 18"), which the
// terms read as English words.
var revisionWords = strings.Fields("figure figures count counts tally toll total number official officially " +
	"earlier previous previously prior former anterior antes initial initially original originally " +
	"now current currently new latest stand stands stood standing " +
	"revise revised revises revision revisions update updated bring brought brings " +
	"son era")

// upWords restate a revision that raised the count; they count only
// when the passage's change goes up.
var upWords = strings.Fields("upward upwards raise raised increase increased rise rose risen")

// revisionStems are the terms of revisionWords and upWords.
var revisionStems, upStems = stemsOf(revisionWords), stemsOf(upWords)

// revisedCount reports whether a cited sentence gives a change of a count
// "from X to Y" whose two numbers the claim both gives (a number
// re-expressed: "the toll now stands at 31, up from the earlier count of
// 18"), and whether it went up. Then the claim's words of revising a count
// are the passage's change said otherwise.
func revisedCount(claimNums []string, cited []int, ev []evidence) (found, up bool) {
	if len(claimNums) < 2 {
		return false, false
	}
	has := map[string]bool{}
	for _, x := range claimNums {
		has[x] = true
	}
	for _, n := range cited {
		for i := range ev[n-1].sents {
			s := ev[n-1].sents[i].ws
			for j := 0; j+2 < len(s); j++ {
				if s[j] != "from" {
					continue
				}
				x, k := numberAt(s, j+1)
				if x == "" || !has[x] || magnitudes[x] || isYear(x) {
					continue
				}
				if j+1+k+1 < len(s) && s[j+1+k] == "to" {
					if y, _ := numberAt(s, j+1+k+1); y != "" && y != x && has[y] {
						fx, e1 := strconv.ParseFloat(x, 64)
						fy, e2 := strconv.ParseFloat(y, 64)
						return true, e1 == nil && e2 == nil && fy > fx
					}
				}
			}
		}
	}
	return false, false
}
