package ground

import "fmt"

// dayTimeRule: a time of day added to a day or moved. "publish an updated
// list on Thursday evening" where the passage has "on Thursday morning",
// or "gathered on Wednesday morning" where it has only "on Wednesday": the
// claim puts a time of day after a day the cited sentences name, and no
// cited sentence puts that time (or "late"/"early" for it) at that day.
// A day the passages never name is the day rules' to judge.
func dayTimeRule(claim []string, _, all []sentWords, _ string) string {
	for i := 0; i+1 < len(claim); i++ {
		day, tod := claim[i], claim[i+1]
		if !dayNames[day] || !timesOfDay[tod] {
			continue
		}
		named, other := false, ""
		for _, s := range all {
			for j, w := range s {
				if w != day {
					continue
				}
				named = true
				if j+1 < len(s) && s[j+1] == tod || j > 0 && s[j-1] == partOfDayAdverb[tod] {
					return ""
				}
				if j+1 < len(s) && timesOfDay[s[j+1]] {
					other = s[j+1]
				}
			}
		}
		switch {
		case other != "":
			return fmt.Sprintf("day: the claim says %s %s where the passage says %s %s", day, tod, day, other)
		case named:
			return fmt.Sprintf("day: the claim says %s %s where the passage gives no time of day", day, tod)
		}
	}
	return ""
}

// dayNames are the days a time of day may follow.
var dayNames = set("monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow")

// partOfDayAdverb is the wire-copy word before a day that says the time of
// day a claim may spell out: "late Tuesday" is Tuesday night.
var partOfDayAdverb = map[string]string{"night": "late", "evening": "late", "morning": "early"}
