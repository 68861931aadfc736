package ground

import (
	"fmt"
	"slices"

	"github.com/storybot-dev/storybot/text"
)

// sideAt returns the side of a vote words[k:] opens with, within three
// words: "for" of "in favour"/"in favor", "against". "" when none.
func sideAt(words []string, k int) string {
	for j := k; j < len(words) && j < k+3; j++ {
		switch words[j] {
		case "against":
			return "against"
		case "favour", "favor":
			return "for"
		}
	}
	return ""
}

// voteSideRule: a vote a passage gives as "1,214 to 96 in favour" has
// its first number on the named side and its second on the other. A
// claim giving either number the other side ("1,214 members voted
// against the stoppage and 96 in favour") has swapped them.
func voteSideRule(claim []string, _, all []sentWords, _ string) string {
	if !slices.ContainsFunc(claim, func(w string) bool { return w == "against" || w == "favour" || w == "favor" }) {
		return ""
	}
	side := map[string]string{} // number -> its side in the passage
	for _, s := range all {
		for j := 0; j < len(s); j++ {
			a, n := numberAt(s, j)
			if a == "" || j+n+1 >= len(s) || s[j+n] != "to" {
				continue
			}
			b, m := numberAt(s, j+n+1)
			if b == "" {
				continue
			}
			sd := sideAt(s, j+n+1+m)
			if sd == "" {
				continue
			}
			side[a], side[b] = sd, otherSide(sd)
		}
	}
	if len(side) == 0 {
		return ""
	}
	for i := 0; i < len(claim); i++ {
		v, n := numberAt(claim, i)
		if v == "" {
			continue
		}
		if side[v] == "" || voteJoin(claim, i-1) || i+n < len(claim) && voteJoin(claim, i+n) {
			i += n - 1
			continue // "1,214 to 96": the claim gives the tally as the passage does
		}
		// the side named within four words after the number, before the
		// next number
		for k := i + n; k < len(claim) && k < i+n+4; k++ {
			if x, _ := numberAt(claim, k); x != "" {
				break
			}
			if claim[k] == "against" || claim[k] == "favour" || claim[k] == "favor" {
				if sd := sideAt(claim, k); sd != side[v] {
					return fmt.Sprintf("opposite: the passage gives %s %s, the claim %s", v, side[v], sd)
				}
				break
			}
		}
		i += n - 1
	}
	return ""
}

// voteJoin reports a word joining a tally's two numbers at words[k]:
// "1,214 to 96", Spanish "1.214 contra 96" (read "against").
func voteJoin(words []string, k int) bool {
	return k >= 0 && k < len(words) && (words[k] == "to" || words[k] == "contra" || words[k] == "against" && k+1 < len(words) && len(text.Numbers(words[k+1])) > 0)
}

func otherSide(s string) string {
	if s == "for" {
		return "against"
	}
	return "for"
}
