package extract

import (
	"testing"
	"time"
)

// TestRelativeDays: a bare weekday is the latest such day up to the story's
// date, "last" one a week before when it is the same day, "next" the first
// after; weeks start on Monday.
func TestRelativeDays(t *testing.T) {
	wed := time.Date(2023, 7, 26, 0, 0, 0, 0, time.UTC) // a Wednesday
	sun := time.Date(2023, 7, 30, 0, 0, 0, 0, time.UTC) // the Sunday of the same week
	for _, tt := range []struct {
		m    string
		d    time.Time
		want string
	}{
		{"friday", wed, "Friday 21 July 2023"},
		{"last friday", wed, "Friday 21 July 2023"}, // not a week further back
		{"wednesday", wed, "Wednesday 26 July 2023"},
		{"last wednesday", wed, "Wednesday 19 July 2023"},
		{"next monday", wed, "Monday 31 July 2023"},
		{"next wednesday", wed, "Wednesday 2 August 2023"},
		{"this week", wed, "the week of 24 July 2023"},
		{"last week", wed, "the week of 17 July 2023"},
		{"next week", wed, "the week of 31 July 2023"},
		{"this week", sun, "the week of 24 July 2023"}, // Sunday ends the week that began on Monday 24
		{"yesterday", wed, "25 July 2023"},
		{"next month", wed, "August 2023"},
		{"last year", wed, "2022"},
	} {
		got, ok := resolveDate(tt.m, tt.d)
		if !ok || got != tt.want {
			t.Errorf("resolveDate(%q, %s) = %q, %v; want %q", tt.m, tt.d.Format("Mon 2 Jan"), got, ok, tt.want)
		}
	}
}
