package extract

import (
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/storybot-dev/storybot/text"
)

// Relative dates in a story ("on Saturday", "yesterday", "next month") are
// resolved against the story's date and shown as computed, so a reader
// sees both what the story says and what it means:
// "Clashes began on Saturday (22 July 2023, counted from the story's date)".

var relativeDateRE = regexp.MustCompile(`(?i)\b(?:(last|this|next)\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(yesterday|today|tomorrow)\b|\b(last|next|this)\s+(week|month|year)\b`)

// resolveDates adds the computed date after each relative date of text,
// counted from the story's date (YYYY-MM-DD); text is unchanged when the
// story has no date.
func resolveDates(txt, date string) string {
	d, err := time.Parse("2006-01-02", date)
	if err != nil {
		return txt
	}
	return relativeDateRE.ReplaceAllStringFunc(txt, func(m string) string {
		got, ok := resolveDate(strings.ToLower(m), d)
		if !ok {
			return m
		}
		return fmt.Sprintf("%s (%s, counted from the story's date)", m, got)
	})
}

// resolveDate computes what a relative date means on day d. A bare weekday
// in a news story is the latest such day up to the story's date ("on
// Tuesday" in a Wednesday story is the day before).
func resolveDate(m string, d time.Time) (string, bool) {
	f := strings.Fields(m)
	last := f[len(f)-1]
	if wd, ok := text.Weekday(last); ok {
		back := (int(d.Weekday()) - int(wd) + 7) % 7
		switch {
		case len(f) == 2 && f[0] == "next":
			back = -((int(wd)-int(d.Weekday())+6)%7 + 1)
		case len(f) == 2 && f[0] == "last" && back == 0:
			back = 7
		}
		return d.AddDate(0, 0, -back).Format("Monday 2 January 2006"), true
	}
	switch m {
	case "yesterday":
		return d.AddDate(0, 0, -1).Format("2 January 2006"), true
	case "today":
		return d.Format("2 January 2006"), true
	case "tomorrow":
		return d.AddDate(0, 0, 1).Format("2 January 2006"), true
	}
	if len(f) == 2 {
		step := map[string]int{"last": -1, "this": 0, "next": 1}[f[0]]
		switch f[1] {
		case "month":
			return time.Date(d.Year(), d.Month()+time.Month(step), 1, 0, 0, 0, 0, time.UTC).Format("January 2006"), true
		case "year":
			return fmt.Sprint(d.Year() + step), true
		case "week":
			mon := d.AddDate(0, 0, -((int(d.Weekday())+6)%7)+7*step)
			return "the week of " + mon.Format("2 January 2006"), true
		}
	}
	return "", false
}
