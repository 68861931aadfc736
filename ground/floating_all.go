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
		said := map[string]bool{} // what the claim says all of them do
		for _, w := range claim[i+1 : min(len(claim), i+7)] {
			if t := stemOf(w); t != "" {
				said[t] = true
			}
		}
		for _, s := range anchor {
			for j := 0; j+1 < len(s); j++ {
				if partialShares[s[j]] && groupShareOf(s[j+1:], noun) && shareSays(s[j+1:], said) {
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
// noun itself ("some containers"; not "some container ships"), "of
// them", or "of" and the noun ("most of the containers"; not "most of the
// inmates" of "containers").
func groupShareOf(ws []string, noun string) bool {
	switch {
	case ws[0] == noun:
		return true
	case ws[0] != "of" || len(ws) < 2:
		return false
	case ws[1] == "them" || ws[1] == "these" || ws[1] == "those" || ws[1] == noun:
		return true
	}
	return len(ws) > 2 && ws[1] == "the" && ws[2] == noun
}

// shareSays reports the words after a share ("most of them carrying
// copper") saying a word of what the claim says all of them do ("all
// loaded with copper"): "most of them students" says who they were, not
// that most of them left.
func shareSays(ws []string, said map[string]bool) bool {
	for _, w := range ws[:min(len(ws), 8)] {
		if t := stemOf(w); t != "" && said[t] {
			return true
		}
	}
	return false
}

// partialShares say a part of a group: "most of them", "some containers".
var partialShares = set("most some many several few half part")
