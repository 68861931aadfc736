package ground

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/storybot-dev/storybot/text"
)

// nounOfNameRE finds a common noun a claim ties to a name with "of": "the
// mayor of Duran", "the mayor of the city of Manta".
var nounOfNameRE = regexp.MustCompile(`\b([a-z]{3,})\s+of\s+(?:the\s+(?:city|town|province|state|county|region|district|country|village)\s+of\s+)?(\p{Lu}[\p{L}'’-]+)`)

// OfReach is how many words may stand between a noun and the name it is
// "of" in a passage: "mayor of the city of Manta".
const OfReach = 5

// nounOfNameRule: "the mayor of Duran" ties the mayor to Duran. When the
// cited sentences hold the noun and the name, but never the noun within
// OfReach words before the name, and do hold the noun that near another
// name, the claim has moved the noun to a name the passage gives it not
// ("after the mayor of Duran was shot dead" where the sentence has the
// emergency in Duran and "the mayor of the city of Manta").
func nounOfNameRule(body string, cited []int, ev []evidence) string {
	if !strings.Contains(body, " of ") {
		return ""
	}
	for _, m := range nounOfNameRE.FindAllStringSubmatch(body, -1) {
		noun, name := m[1], text.Fold(m[2])
		t := stemOf(noun)
		if t == "" || metaTerms[t] || strings.ToUpper(m[2]) == m[2] {
			continue // an acronym may stand for words the passage spells out
		}
		both, near, elsewhere := false, false, ""
		for _, n := range cited {
			e := &ev[n-1]
			for i := range e.sents {
				ws := e.sents[i].ws
				for j, w := range ws {
					if stemOf(w) != t {
						continue
					}
					if e.sents[i].words[name] {
						both = true
					}
					if j+1 >= len(ws) || ws[j+1] != "of" {
						continue
					}
					for k := j + 2; k < len(ws) && k <= j+1+OfReach; k++ {
						if ws[k] == name {
							near = true
						}
					}
					if elsewhere == "" {
						elsewhere = strings.Join(ws[j:min(len(ws), j+1+OfReach)], " ")
					}
				}
			}
		}
		if both && !near && elsewhere != "" {
			return fmt.Sprintf("who: the passage says %q, not %q", elsewhere, noun+" of "+m[2])
		}
	}
	return ""
}
