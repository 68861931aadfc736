package ground

import (
	"fmt"

	"github.com/storybot-dev/storybot/text"
)

// amongRule: "X was among the 14 inmates taken to hospital" says X is one
// of a counted group, which a sentence giving that count must say of X
// (name X, or its word): a passage counting the group and another
// telling of X ("her son", of whom she has had no news) do not make X one
// of them.
func amongRule(claim []string, _, all []sentWords, _ string) string {
	for i := 2; i+1 < len(claim); i++ {
		if claim[i] != "among" || !copulaWords[claim[i-1]] {
			continue
		}
		member := claim[i-2]
		mt := stemOf(member)
		if mt == "" {
			continue
		}
		k := i + 1
		if claim[k] == "the" && k+1 < len(claim) {
			k++
		}
		nums := text.Numbers(claim[k])
		if len(nums) == 0 {
			continue
		}
		counted, named := false, false
		for _, s := range all {
			holds := false
			for _, w := range s {
				if x := text.Numbers(w); len(x) > 0 && x[0] == nums[0] {
					holds = true
					break
				}
			}
			if !holds {
				continue
			}
			counted = true
			for _, w := range s {
				if stemOf(w) == mt {
					named = true
				}
			}
		}
		if counted && !named {
			return fmt.Sprintf("who: the claim puts %q among the %s, which no sentence counting them says", member, claim[k])
		}
	}
	return ""
}

// copulaWords link a subject to "among".
var copulaWords = set("is are was were")
