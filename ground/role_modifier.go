package ground

import "fmt"

// roleModifiers change which office a title names: a former president, a
// vice president, an acting or deputy minister is not the president or the
// minister.
var roleModifiers = set("former ex vice deputy acting interim outgoing")

// roleModifierRule: a title (roleNouns) the claim qualifies ("former president",
// "Vice President Guillermo Lasso", "deputy minister") where the cited
// sentences hold the title but never the qualifier: the claim gives the
// person another office. ("Current" is left alone: a passage may call
// another person the former one.)
func roleModifierRule(claim []string, _, all []sentWords, _ string) string {
	for i := 0; i+1 < len(claim); i++ {
		m, title := claim[i], claim[i+1]
		if title == "-" && i+2 < len(claim) {
			title = claim[i+2] // "ex-president"
		}
		if !roleModifiers[m] || !roleNouns[title] || !anyIn(all, set(title)) || anyIn(all, set(m)) {
			continue
		}
		return fmt.Sprintf("who: the claim's %q is not what the passage calls them (it has %q, never %q)", m+" "+title, title, m)
	}
	return ""
}
