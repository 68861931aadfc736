package ground

import "testing"

// A count the passage totals over a period ("since 2021, claiming the
// lives of hundreds of prisoners") is no count of one event: giving it to
// "the riot" or to a time of its own ("this week") without the period is
// stopped; keeping the period, or a
// passage giving the count to that event, passes.
func TestCountOfAPeriodIsNotOneEvent(t *testing.T) {
	const p = "Soldiers tried to retake the prison after a riot on Saturday. Lasso has declared states of emergency to tackle violence that has surged since 2021, claiming the lives of hundreds of prisoners.\n"
	const riot = "Since Saturday the riot at the prison has claimed the lives of hundreds of prisoners, officials said.\n"
	runEdgeCases(t, []edgeCase{
		{"the period's count given to the riot", p, "The riot has claimed the lives of hundreds of prisoners [1].", `scope: the passage gives "hundreds" over a period`},
		{"the period's count given to this week", p, "Hundreds of prisoners lost their lives this week, claimed by violence [1].", `the claim gives it to this week`},
		{"the period kept", p, "The riot is part of violence that has surged since 2021, claiming the lives of hundreds of prisoners [1].", ""},
		{"the riot's own count", riot, "The riot claimed the lives of hundreds of prisoners [1].", ""},
	})
}
