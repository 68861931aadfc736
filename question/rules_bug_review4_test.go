package question

import "testing"

// Bug: "which hour" is a Time question (timeQ) but clockQ knows only "what
// hour(s)", so a weekday answers "which hour does the curfew start".
func TestWhichHourWantsAClockTime(t *testing.T) {
	for _, q := range []string{"which hour does the curfew in duran start", "which hours does the curfew cover", "at which hour does the curfew begin"} {
		if Time.InAnswer("A curfew was imposed in Duran on Monday.", q) {
			t.Errorf("Time.InAnswer: a weekday answers %q", q)
		}
		if !Time.InAnswer("The curfew, from 10 p.m. to 5 a.m., will last 30 days.", q) {
			t.Errorf("Time.InAnswer: 10 p.m. does not answer %q", q)
		}
	}
}

// Bug: periodAsked's `in the (past|last) \w+` takes any noun, so "in the
// last riot" reads as a question over a stretch of time, and a total over
// two years answers how many died in the latest riot.
func TestLastEventIsNoStretchOfTime(t *testing.T) {
	for _, q := range []string{"how many inmates died in the last riot", "how many were killed in the last attack on the prison"} {
		if AsksOverPeriod(q) {
			t.Errorf("AsksOverPeriod(%q) = true, want false (one event)", q)
		}
	}
	if !AsksOverPeriod("how many inmates died in the last two years") {
		t.Error("in the last two years: not a stretch of time")
	}
}

// Bug: a stretch that qualifies a superlative ("the worst riot in the past
// two years", "one of the deadliest in the past two years") reads as a
// total over that stretch, since any number before it in the clause counts
// ("12", or the "one" of "one of"), so the one event's count is not taken
// as the answer.
func TestSuperlativeStretchIsNoTotal(t *testing.T) {
	for _, txt := range []string{
		"12 inmates died on Tuesday in the worst riot in the past two years.",
		"The riot, one of the deadliest in the past two years, killed 12 inmates.",
	} {
		if OverPeriod(txt) {
			t.Errorf("OverPeriod(%q) = true: a superlative's stretch read as a total", txt)
		}
	}
	if !OverPeriod("More than 400 inmates have died in riots in the past two years.") {
		t.Error("a total over two years: not read as one")
	}
}

// Bug: periodAsked's bare "ever" takes a superlative ("the deadliest riot
// ever") for a question over a stretch of time.
func TestSuperlativeEverAsksNoStretch(t *testing.T) {
	if AsksOverPeriod("how many inmates died in the deadliest prison riot ever") {
		t.Error("the deadliest riot ever: read as asking over a stretch of time")
	}
	if !AsksOverPeriod("how many prisoners have ever escaped") {
		t.Error("have ever escaped: not read as a stretch of time")
	}
}
