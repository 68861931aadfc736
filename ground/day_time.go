package ground

import "fmt"

// dayTimeRule: a time of day moved. "publish an updated list on Thursday
// evening" where the passage has it "on Thursday morning": the claim puts
// a time of day right after a day, the anchor sentences (those holding
// most of the claim: its own event's) put another time of day right after
// that day, and none puts the claim's ("night" and "evening" are one).
// Another event's time that day is not read ("Troops entered on Thursday
// morning. A curfew began at 9 p.m. on Thursday."), nor is a time the
// anchor words otherwise ("late on Tuesday", "at 11 p.m. on Thursday").
func dayTimeRule(claim []string, anchor, _ []sentWords, _ string) string {
	for i := 0; i+1 < len(claim); i++ {
		day, tod := claim[i], claim[i+1]
		if !dayNames[day] || !timesOfDay[tod] {
			continue
		}
		held, other := false, ""
		for _, s := range anchor {
			for j, w := range s {
				if w != day {
					continue
				}
				if j+1 < len(s) && sameTimeOfDay(s[j+1], tod) {
					held = true
				} else if j+1 < len(s) && timesOfDay[s[j+1]] {
					other = s[j+1]
				}
			}
		}
		if !held && other != "" {
			return fmt.Sprintf("day: the claim says %s %s where the passage says %s %s", day, tod, day, other)
		}
	}
	return ""
}

// sameTimeOfDay reports two words for one time of day: the same word, or
// "night" and "evening".
func sameTimeOfDay(a, b string) bool {
	return a == b || (a == "night" || a == "evening") && (b == "night" || b == "evening")
}

// dayNames are the days a time of day may follow.
var dayNames = set("monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow")
