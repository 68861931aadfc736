package ground

import (
	"fmt"
	"slices"
	"strings"

	"github.com/storybot-dev/storybot/text"
)

// placeLeads come between "in" and a place's name: "in the city of
// Manta", "in the provinces of Manabi".
var placeLeads = set("the city of province provinces town state region capital village port district")

// placeAfter returns the place name "in" at words[at] leads to, skipping
// placeLeads: a word after "city of", "province of" and the like, or
// else a word no dictionary holds (a proper name, folded). "" when there
// is none.
func placeAfter(words []string, at int) string {
	of := false // "the city of": a name follows, dictionary word or not ("Manta")
	for k := at + 1; k < len(words) && k <= at+5; k++ {
		if placeLeads[words[k]] {
			of = of || words[k] == "of" && k > at+1 && words[k-1] != "the"
			continue
		}
		if w := words[k]; len(w) > 2 && (of || !text.IsWord(w)) && text.Numbers(w) == nil {
			return w
		}
		return ""
	}
	return ""
}

// placeBindingRule: a place stays with its event, as a day does
// (dayBindingRule). When the claim says an event (the two content words
// before "in") happened in a named place, and the passages say the same
// event happened in another named place and never in the claim's, which
// they name for something else, the claim has moved it ("declared a
// state of emergency in the city of Manta" where the emergency is in
// Manabi and Manta is where the mayor was shot).
func placeBindingRule(claim []string, _, all []sentWords, _ string) string {
	for i := 1; i+1 < len(claim); i++ {
		if claim[i] != "in" {
			continue
		}
		place := placeAfter(claim, i)
		event := eventBefore(claim, i)
		if place == "" || len(event) < 2 {
			continue
		}
		same, named, other := false, false, ""
		for _, s := range all {
			for j := 0; j < len(s); j++ {
				if s[j] == place {
					named = true
				}
				if s[j] != "in" || j == 0 {
					continue
				}
				p := placeAfter(s, j)
				if p == "" {
					continue
				}
				if e := eventBefore(s, j); !slices.Equal(e, event) {
					continue
				}
				switch {
				case p == place:
					same = true
				case p != "":
					other = p
				}
			}
		}
		if other != "" && !same && named {
			return fmt.Sprintf("place: the passage says %q happened in %s, not %s", strings.Join(event, " "), other, place)
		}
	}
	return ""
}
