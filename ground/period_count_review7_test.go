package ground

import "testing"

// The period a count is totalled over may be opened by "over" ("over
// three years"), and the claim keeps it with "in that time"; a count
// given to "that riot" or "this riot", to "last year" or to "today" is
// given to one event or time as "the riot" is.
func TestPeriodCountEdges(t *testing.T) {
	const since = "Lasso has declared states of emergency to tackle violence that has surged since 2021, claiming the lives of hundreds of prisoners."
	const riot = "Soldiers tried to retake the prison after a riot on Saturday. " + since
	runR7(t, []r7Case{
		{name: "a period opened by over", passages: []string{"Violence in the prisons has claimed the lives of hundreds of prisoners over three years."}, claim: "The riot claimed the lives of hundreds of prisoners [1].", want: `scope: the passage gives "hundreds" over a period`},
		{name: "the period kept as that time", passages: []string{since}, claim: "Violence has surged, and the riots have claimed the lives of hundreds of prisoners in that time [1].", want: ""},
		{name: "that riot", passages: []string{riot}, claim: "That riot claimed the lives of hundreds of prisoners [1].", want: "the claim gives it to the riot"},
		{name: "this riot", passages: []string{riot}, claim: "This riot claimed the lives of hundreds of prisoners [1].", want: "the claim gives it to the riot"},
		{name: "last year", passages: []string{since}, claim: "Hundreds of prisoners died in the violence last year [1].", want: "the claim gives it to last year"},
		{name: "today", passages: []string{since}, claim: "Hundreds of prisoners died in the violence today [1].", want: "the claim gives it to today"},
	})
}
