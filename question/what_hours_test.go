package question

import "testing"

// "what hours is the curfew", "between what hours": a time of day is asked
// for, so a weekday doesn't answer it and "10 p.m." does.
func TestWhatHoursAsksForAClockTime(t *testing.T) {
	for _, q := range []string{"what hours is the curfew in duran", "Between what hours does the curfew imposed in Duran apply?", "Duran curfew — what hours??", "what hour does it start"} {
		if got := Classify(q); got != Time {
			t.Errorf("Classify(%q) = %v, want time", q, got)
		}
		if Time.InAnswer("A curfew was imposed in Duran on Monday.", q) {
			t.Errorf("Time.InAnswer: a weekday answers %q", q)
		}
		if !Time.InAnswer("The curfew, from 10 p.m. to 5 a.m., will last 30 days.", q) {
			t.Errorf("Time.InAnswer: 10 p.m. does not answer %q", q)
		}
	}
	// How many hours is a length of time, not a time of day.
	for _, q := range []string{"for how many hours were the guards held", "how many hours did the siege last"} {
		if got := Classify(q); got == Time {
			t.Errorf("Classify(%q) = time, want a duration or count", q)
		}
	}
}
