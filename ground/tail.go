package ground

import (
	"strings"

	"github.com/storybot-dev/storybot/text"
)

// unsaidTail returns the words of a clause a claim adds after its last
// marker that its cited passages don't hold, when they hold less than
// MinContentShare of its two or more content words: "More than forty ships
// were left at anchor [1: "…"], and several began diverting to other
// ports"; "Violence has surged since 2021 [3: "…"], when Lasso took
// office". The marker cites what stands before it; what follows it is the
// model's own addition, which the rest of the claim's words must not carry
// through the share. Talk about what the passages lack ("…[1]; they do not
// say who won", "The passages only call it "the port operator" [1: "…"] and
// don't give its name") is no fact. "" when there is none or it holds.
func unsaidTail(claimText, body string, groups []group, cited []int, ev []evidence) string {
	if len(groups) == 0 || absence(body) || passageSubjectRE.MatchString(body) {
		return ""
	}
	// read as a claim's body is: a link by its text, a URL left out
	tail := claimBody(claimText[groups[len(groups)-1].end:], nil)
	tail = strings.TrimLeft(tail, ",;:-–—() ")
	if len(text.Words(tail)) < 2 || absence(tail) || isFiller(tail) || passageSubjectRE.MatchString(tail) || len(quotations(tail)) > 0 {
		return ""
	}
	terms := map[string]bool{}
	for _, n := range cited {
		for t := range ev[n-1].terms {
			terms[t] = true
		}
	}
	return unsaidPhrase(tail, cited, ev, terms, MinContentShare)
}
