package ground

import (
	"regexp"

	"github.com/storybot-dev/storybot/text"
)

// placeName is a name of one or two capitalised words ("Manabi", "Los
// Rios").
const placeName = `\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?`

// placeKind is what may stand before a listed place: "the city of", "in
// the provinces of".
const placeKind = `(?:(?:in\s+)?the\s+(?:city|cities|province|provinces|town|towns|region|regions|state|states|port|ports)\s+of\s+)?`

// placeListRE finds a list of places after "in": "in Manabi, Los Rios and
// the city of Manta", "in the provinces of Manabi and Los Rios, and in
// the city of Duran".
var placeListRE = regexp.MustCompile(`\b(?i:in)\s+` + placeKind + `(` + placeName + `)((?:\s*,\s*(?:and\s+)?` + placeKind + placeName + `|\s+and\s+` + placeKind + placeName + `)+)`)

// placeItemRE finds the places after the first of such a list.
var placeItemRE = regexp.MustCompile(`(?:,\s*(?:and\s+)?|\s+and\s+)` + placeKind + `(` + placeName + `)`)

// clauseCues end the list a passage's sentence makes: what follows them
// ("after the mayor of the city of Manta was shot") is another clause's.
var clauseCues = set("after before because when where while since following as which who whose although though until")

// placeListSwap returns a place a claim lists with others after "in"
// ("declared a state of emergency in Manabi, Los Rios and the city of
// Manta") that the cited sentence listing the others names only past the
// list's end, in another clause ("... in the provinces of Manabi and Los
// Rios, and in the city of Duran, after the mayor of the city of Manta
// was shot dead"): the claim has moved it into the list. "" when every
// place stands in the passage's list, or no cited sentence lists two of
// them.
func placeListSwap(rest string, cited []int, ev []evidence) string {
	for _, m := range placeListRE.FindAllStringSubmatch(rest, -1) {
		items := []string{m[1]}
		for _, it := range placeItemRE.FindAllStringSubmatch(m[2], -1) {
			items = append(items, it[1])
		}
		if len(items) < 2 {
			continue
		}
		for _, n := range cited {
			for i := range ev[n-1].sents {
				ws := ev[n-1].sents[i].ws
				first := nameAt(ws, items[0], 0)
				if first < 0 {
					continue
				}
				end := len(ws)
				for k := first + 1; k < len(ws); k++ {
					if clauseCues[ws[k]] {
						end = k
						break
					}
				}
				inList, beyond := 0, ""
				for _, it := range items[1:] {
					at := nameAt(ws, it, first)
					switch {
					case at < 0:
					case at < end:
						inList++
					case beyond == "":
						beyond = it
					}
				}
				if inList > 0 && beyond != "" {
					return beyond
				}
			}
		}
	}
	return ""
}

// nameAt is where the words of name start in ws at or after from, or -1.
func nameAt(ws []string, name string, from int) int {
	nw := text.Words(name)
	for k := from; k+len(nw) <= len(ws); k++ {
		ok := true
		for j, w := range nw {
			if ws[k+j] != w {
				ok = false
				break
			}
		}
		if ok {
			return k
		}
	}
	return -1
}
