package ground

import (
	"fmt"
	"slices"
)

// priorCues in a claim keep its noun an earlier one of its kind: "a
// previous strike", "the last strike", "an earlier riot". (In the passage
// the stricter priorWords are read: markedEarlier.)
var priorCues = set("previous earlier prior former last past")

// priorInstanceRule: a number an earlier thing of a kind has, given to
// the present one. "The union said the strike would last 11 days" where
// the passage says "A previous strike at the port in 2021 lasted 11
// days": the passage's sentence holding the number has the noun the
// claim pairs it with ("strike") after a word making it an earlier one,
// the claim's has none (nor a year) before it. A claim keeping it earlier
// ("the previous strike", "the 2021 strike", "in 2021 a strike lasted")
// passes.
func priorInstanceRule(claim []string, _, all []sentWords, _ string) string {
	for i, x := range claim {
		if !isCount(x) {
			continue
		}
		for _, s := range all {
			k := slices.Index(s, x)
			if k < 0 {
				continue
			}
			for j := max(0, i-6); j < i; j++ {
				t := stemOf(claim[j])
				if t == "" || !nounLike(claim[j]) || priorCues[claim[j]] {
					continue
				}
				at := -1
				for m := max(0, k-8); m < k; m++ {
					if stemOf(s[m]) == t {
						at = m
						break
					}
				}
				if at < 0 || !markedEarlier(s, at) {
					continue
				}
				if !earlierAt(claim, j) && !yearBefore(claim, i) && !heldUnmarked(all, x, t) {
					return fmt.Sprintf("number: the claim gives %q of the %s the passage calls an earlier one to the present one", x, claim[j])
				}
			}
		}
	}
	return ""
}

// earlierAt reports a prior cue or a year in the three words before
// ws[k]: "a previous strike", "the 2021 strike".
func earlierAt(ws []string, k int) bool {
	for m := max(0, k-3); m < k; m++ {
		if priorCues[ws[m]] || isYear(ws[m]) {
			return true
		}
	}
	return false
}

// markedEarlier reports the passage's noun at ws[k] made an earlier one
// right before it: "a previous strike", "the 2021 strike" (not "in 2021
// lasted", whose year is no word of the verb; not "the past week" or "the
// last day", which "last" and "past" often mean: priorWords).
func markedEarlier(ws []string, k int) bool {
	return k >= 1 && (priorWords[ws[k-1]] || k >= 2 && isYear(ws[k-1]) && determiners[ws[k-2]])
}

// heldUnmarked reports a sentence holding the number x with the noun t
// before it unmarked as earlier: another sentence gives the number to the
// present thing ("The current strike has drawn 11 unions").
func heldUnmarked(all []sentWords, x, t string) bool {
	for _, s := range all {
		k := slices.Index(s, x)
		if k < 0 {
			continue
		}
		for m := max(0, k-8); m < k; m++ {
			if stemOf(s[m]) == t && !markedEarlier(s, m) {
				return true
			}
		}
	}
	return false
}

// yearBefore reports a year among the claim's words before word i: "in
// 2021 a strike lasted 11 days".
func yearBefore(ws []string, i int) bool {
	for m := 0; m < i; m++ {
		if isYear(ws[m]) {
			return true
		}
	}
	return false
}

// nounLike leaves out the small and modal words a number's neighbours
// often are ("would", "last" as a verb is left to its place).
func nounLike(w string) bool { return !modalCues[w] }
