package ground

import "strings"

// impliedBy lists, for a claim word naming a relation or a role, the
// phrases of a passage that say it from the other side: "her son" makes
// her a mother, "his wife" makes him a husband, one "serving a sentence"
// is an inmate, in prison. The possessive decides the sex: "her son" makes no
// father.
var impliedBy = map[string][]string{
	"mother":   {"her son", "her sons", "her daughter", "her daughters", "her child", "her children"},
	"father":   {"his son", "his sons", "his daughter", "his daughters", "his child", "his children"},
	"parent":   {"her son", "his son", "her daughter", "his daughter", "her child", "his child", "her children", "his children"},
	"son":      {"his mother", "his father", "his parents"},
	"daughter": {"her mother", "her father", "her parents"},
	"wife":     {"her husband"},
	"husband":  {"his wife"},
	"inmate":   {"serving a sentence", "serving sentences", "behind bars"},
	"prisoner": {"serving a sentence", "serving sentences", "behind bars"},
	"prison":   {"serving a sentence", "serving sentences", "behind bars"},
	"jail":     {"serving a sentence", "serving sentences", "behind bars"},
}

// impliedIn reports a claim word (w, folded) whose relation or role a
// cited passage says from the other side (impliedBy).
func impliedIn(w string, cited []int, ev []evidence) bool {
	if len(impliedBy[strings.TrimSuffix(w, "s")]) == 0 {
		return false
	}
	for _, n := range cited {
		for i := range ev[n-1].sents {
			if impliedInSentence(&ev[n-1].sents[i], w) {
				return true
			}
		}
	}
	return false
}

// impliedInSentence is impliedIn for one sentence.
func impliedInSentence(s *evSentence, w string) bool {
	for _, p := range impliedBy[strings.TrimSuffix(w, "s")] {
		if heldWords([]sentWords{s.ws}, p) {
			return true
		}
	}
	return false
}
