package ground

import (
	"fmt"
	"strings"
)

// floatingAllRule: "all" floated after the plural it quantifies ("The
// containers, all loaded with copper", "the containers all carry copper")
// says every one of them, against a passage giving a share ("most of them
// carrying copper", "some containers"). The quantifier rule leaves "all"
// after a plural alone ("the systems all work" sums up its subject), so
// this one speaks only where the passage itself says less than all.
func floatingAllRule(claim []string, anchor, _ []sentWords, _ string) string {
	for i := 1; i+1 < len(claim); i++ {
		if claim[i] != "all" {
			continue
		}
		noun := claim[i-1]
		if !strings.HasSuffix(noun, "s") || stemOf(noun) == "" || claim[i+1] == "together" || listBefore(claim, i-1) {
			continue // "the skeletal, muscular and nervous systems all work together": the list summed
		}
		if anyIn(anchor, set("all every each both entire whole")) {
			return ""
		}
		for _, s := range anchor {
			for j := 0; j+1 < len(s); j++ {
				if partialShares[s[j]] && groupShareOf(s[j+1:], noun) {
					return fmt.Sprintf("quantifier: the claim says all the %s, the passage %q", noun, s[j]+" "+s[j+1])
				}
			}
		}
	}
	return ""
}

// listBefore reports "and" or "or" within the three words before the
// noun at claim[i]: the noun closes a list its "all" sums up.
func listBefore(claim []string, i int) bool {
	for k := max(0, i-3); k < i; k++ {
		if claim[k] == "and" || claim[k] == "or" {
			return true
		}
	}
	return false
}

// groupShareOf reports the words after a share word naming the group: the
// noun itself ("some containers"), "of them", or "of" and the noun ("most
// of the containers"; not "most of the inmates" of "containers").
func groupShareOf(ws []string, noun string) bool {
	t := stemOf(noun)
	switch {
	case stemOf(ws[0]) == t:
		return true
	case ws[0] != "of" || len(ws) < 2:
		return false
	case ws[1] == "them" || ws[1] == "these" || ws[1] == "those" || stemOf(ws[1]) == t:
		return true
	}
	return len(ws) > 2 && ws[1] == "the" && stemOf(ws[2]) == t
}

// partialShares say a part of a group: "most of them", "some containers".
var partialShares = set("most some many several few half part")
