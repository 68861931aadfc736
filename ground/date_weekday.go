package ground

import (
	"fmt"
	"slices"
	"strconv"
	"time"

	"github.com/storybot-dev/storybot/text"
)

// dateWeekdayRule: a date the claim gives an event ("gathered outside the
// prison on July 27, 2023", "el 26 de julio de 2023 el fiscal subió la
// cifra") falls on a weekday; where the sentences the claim rests on date
// the event by a weekday ("gathered ... on Wednesday"), and never by the
// date itself, the date's weekday must be one of theirs. A model that
// turns the story's dateline into the event's date moves it to another
// day. A date without its year is left alone (which year is a guess).
func dateWeekdayRule(claim []string, anchor, _ []sentWords, _ string) string {
	for _, d := range claimDates(claim) {
		var days []time.Weekday // in the order the sentences give them
		held := false
		for _, s := range anchor {
			if len(claimDates(s)) > 0 {
				held = true // the passage dates it itself: the number rules read that date
			}
			for _, w := range s {
				if x, ok := text.Weekday(w); ok {
					days = append(days, x)
				}
			}
		}
		if held || len(days) == 0 || slices.Contains(days, d.Weekday()) {
			continue
		}
		named := days[0].String()
		return fmt.Sprintf("day: the passage dates it by the weekday (%s); %s was a %s", named, d.Format("2 January 2006"), d.Weekday())
	}
	return ""
}

// claimDates are the full dates in folded words: "july 27 2023", "27 july
// 2023", "27 of july of 2023" (a Spanish "27 de julio de 2023" glossed).
func claimDates(ws []string) []time.Time {
	var out []time.Time
	for i, w := range ws {
		m, ok := text.Month(w)
		if !ok {
			continue
		}
		day := 0
		if i+1 < len(ws) {
			day = dayNumber(ws[i+1])
		}
		next := i + 2
		if day == 0 {
			next = i + 1
			for _, j := range []int{i - 1, i - 2} {
				if j >= 0 && day == 0 && (j == i-1 || ws[j+1] == "of" || ws[j+1] == "de") {
					day = dayNumber(ws[j])
				}
			}
		}
		if day == 0 {
			continue
		}
		if next < len(ws) && (ws[next] == "of" || ws[next] == "de") {
			next++
		}
		if next >= len(ws) {
			continue
		}
		y, err := strconv.Atoi(ws[next])
		if err != nil || y < 1000 || y > 2999 {
			continue
		}
		out = append(out, time.Date(y, m, day, 0, 0, 0, 0, time.UTC))
	}
	return out
}

// dayNumber reads a day of a month, 1 to 31 ("27", "27th"), or 0.
func dayNumber(w string) int {
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if len(w) > len(suf) && w[len(w)-len(suf):] == suf {
			w = w[:len(w)-len(suf)]
			break
		}
	}
	n, err := strconv.Atoi(w)
	if err != nil || n < 1 || n > 31 {
		return 0
	}
	return n
}
