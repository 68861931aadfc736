package ground

import (
	"fmt"
	"slices"
)

// earlierCues mark a claim's number as the value before a change: "up
// from 18", "initially 18", "the earlier count of 18", "had been 18".
var earlierCues = set("from earlier initially initial previously previous first originally original before prior old former formerly had until")

// change is a number's change in a passage: "from 18 to 31".
type change struct{ x, y string }

// changesIn reads the changes "from X to Y" of the sentences (years and
// bare scale words aside).
func changesIn(all []sentWords) []change {
	var changes []change
	for _, s := range all {
		for j := 0; j+1 < len(s); j++ {
			if s[j] != "from" {
				continue
			}
			x, n := numberAt(s, j+1)
			if x == "" || magnitudes[x] || isYear(x) {
				continue
			}
			if k := j + 1 + n; k+1 < len(s) && s[k] == "to" {
				if y, _ := numberAt(s, k+1); y != "" && y != x {
					changes = append(changes, change{x, y})
				}
			}
		}
	}
	return changes
}

// fromValueRule: a change "from X to Y" leaves Y the value. A claim giving
// X without Y, and with no word marking X as the earlier value within the
// three words before it ("up from", "initially", "the earlier count of"),
// states the old value as the current one
// ("the death toll was 18 people" where the attorney general raised it
// "from 18 to 31").
func fromValueRule(claim []string, _, all []sentWords, _ string) string {
	changes := changesIn(all)
	if len(changes) == 0 {
		return ""
	}
	vals := map[string]bool{}    // the claim's numbers
	earlier := map[string]bool{} // those it marks as earlier values
	for i := 0; i < len(claim); i++ {
		v, n := numberAt(claim, i)
		if v == "" {
			continue
		}
		vals[v] = true
		if slices.ContainsFunc(claim[max(0, i-3):i], func(w string) bool { return earlierCues[w] }) {
			earlier[v] = true
		}
		i += n - 1
	}
	for _, c := range changes {
		if vals[c.x] && !earlier[c.x] && !vals[c.y] {
			return fmt.Sprintf("number: %s is what it changed from in the passage (from %s to %s), not what it is", c.x, c.x, c.y)
		}
	}
	return ""
}

// afterCues, before a claim's number, mark it as the value after a change:
// "raised it to 18", "rose to 31", "now 31".
var afterCues = set("to now")

// incrementCues, before a number, make it an amount added: "a further
// 31", "another 31", "an additional 31".
var incrementCues = set("further another additional extra")

// changeSideRule: a change "from X to Y" has a side each number is on. A
// claim that gives Y as the earlier value ("from 31 to 18", "31 before",
// "initially 31") or X as the later one ("raised it to 18") has the
// change backwards, whatever words it uses. A number the passage gives on
// both sides of changes (one count "from 18 to 31", another "from 31 to
// 40") is left alone. A change the claim gives whole must be the
// passage's: "from 13 to 31" of "from 18 to 31" has one side wrong.
func changeSideRule(claim []string, _, all []sentWords, _ string) string {
	changes := changesIn(all)
	from, to := map[string]bool{}, map[string]bool{}
	for _, c := range changes {
		from[c.x], to[c.y] = true, true
	}
	if len(changes) == 0 {
		return ""
	}
	// The claim's own change must be one of the passage's: "from 13 to
	// 31" where the passage has "from 18 to 31" changes one side.
	for _, cc := range changesIn([]sentWords{claim}) {
		if slices.Contains(changes, cc) {
			continue
		}
		for _, pc := range changes {
			if cc.y == pc.y || cc.x == pc.x {
				return fmt.Sprintf("number: the claim changes it from %s to %s, the passage from %s to %s", cc.x, cc.y, pc.x, pc.y)
			}
		}
	}
	for i := 0; i < len(claim); i++ {
		v, n := numberAt(claim, i)
		if v == "" {
			continue
		}
		before := slices.ContainsFunc(claim[max(0, i-3):i], func(w string) bool { return earlierCues[w] }) ||
			i+n < len(claim) && (claim[i+n] == "before" || claim[i+n] == "earlier" || claim[i+n] == "previously" || claim[i+n] == "initially")
		after := i > 0 && afterCues[claim[i-1]] || i > 1 && afterCues[claim[i-2]] && !earlierCues[claim[i-1]]
		// "18 deaths and then a further 31": the later value made an
		// increment on the earlier
		added := i > 0 && incrementCues[claim[i-1]] || i+n < len(claim) && claim[i+n] == "more" && !slices.Contains(claim[i+n+1:min(len(claim), i+n+4)], "than") && i > 0 && !afterCues[claim[i-1]]
		switch {
		case added && to[v] && !from[v] && slices.ContainsFunc(changes, func(c change) bool {
			return c.y == v && slices.ContainsFunc(claim, func(w string) bool { x, _ := numberAt([]string{w}, 0); return x == c.x })
		}):
			return fmt.Sprintf("number: the claim adds %s to the earlier value, where the passage changes it to %s", v, v)
		case before && !after && to[v] && !from[v]:
			return fmt.Sprintf("number: the claim gives %s as the value before the change, where the passage changes it to %s", v, v)
		case after && !before && from[v] && !to[v]:
			return fmt.Sprintf("number: the claim gives %s as the value after the change, where the passage changes it from %s", v, v)
		}
		i += n - 1
	}
	return ""
}
