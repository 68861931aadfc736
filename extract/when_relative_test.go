package extract

import (
	"testing"
	"time"
)

// "Last <weekday>" on that same weekday is a week back; "this week" starts
// on the Monday.
func TestResolveDateWeekdaysAndWeeks(t *testing.T) {
	wed := time.Date(2023, 7, 26, 0, 0, 0, 0, time.UTC)
	sun := time.Date(2023, 7, 30, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		m    string
		d    time.Time
		want string
	}{
		{"last wednesday", wed, "Wednesday 19 July 2023"},
		{"wednesday", wed, "Wednesday 26 July 2023"},
		{"last monday", wed, "Monday 24 July 2023"},
		{"this week", wed, "the week of 24 July 2023"},
		{"last week", wed, "the week of 17 July 2023"},
		{"this week", sun, "the week of 24 July 2023"},
	} {
		got, ok := resolveDate(c.m, c.d)
		if !ok || got != c.want {
			t.Errorf("resolveDate(%q, %s) = %q, %v; want %q", c.m, c.d.Format(time.DateOnly), got, ok, c.want)
		}
	}
}
