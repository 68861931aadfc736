package ground

import (
	"fmt"
	"strings"

	"github.com/storybot-dev/storybot/text"
)

// countedNounRule: a count takes its number and its noun from one place.
// When the claim counts a plural noun of the question ("How many
// cellblocks ...?": "15 cellblocks", "about 12,000 ships") that no cited
// sentence holds, and every
// cited sentence giving that number counts another noun with it ("15
// prison guards", "about 12,000 containers"), the number was read off the
// wrong line. Only a noun right after the number is read as counted, in
// the claim and in the passage ("15 were killed" counts nothing; in "15
// prison guards", the last of the two words), and never a unit of time or
// a magnitude.
func countedNounRule(claim []string, _, all []sentWords, asked string) string {
	qt := text.TermSet(asked)
	for i := 0; i < len(claim); i++ {
		v, n := numberAt(claim, i)
		if v == "" || magnitudes[v] || isYear(v) || i+n >= len(claim) {
			continue
		}
		noun := stemOf(claim[i+n])
		if noun == "" || !qt[noun] || !pluralNoun(claim[i+n]) || text.IsNumeral(noun) || text.IsNumberTerm(noun) || timeUnits[strings.TrimSuffix(claim[i+n], "s")] {
			i += n - 1
			continue
		}
		held, said, other := false, false, ""
		for _, s := range all {
			for j := 0; j < len(s); j++ {
				if stemOf(s[j]) == noun {
					held = true
				}
				sv, sn := numberAt(s, j)
				if sv != v {
					continue
				}
				said = true
				// the counted noun: the last of the content words right
				// after the number ("guards" of "15 prison guards")
				head, same := "", false
				for k := j + sn; k < len(s) && k < j+sn+2 && stemOf(s[k]) != ""; k++ {
					head = s[k]
					same = same || stemOf(s[k]) == noun
				}
				if head == "" || same || anySynonymIn(map[string]bool{stemOf(head): true}, noun) {
					other = "-" // counts nothing, or the claim's noun in other words
				} else if other == "" {
					other = head
				}
			}
		}
		if said && !held && other != "" && other != "-" {
			return fmt.Sprintf("number %q is said of %q in the passage, not of %q", v, other, claim[i+n])
		}
		i += n - 1
	}
	return ""
}
