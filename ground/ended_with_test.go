package ground

import "testing"

// What a thing "ended with" (or "in") is its outcome, which the passage
// must give; "ended when ..." is a time and "ended" alone the thing's own
// end, left to the other rules; an ending the passage gives passes.
func TestEndedWithIsAnOutcome(t *testing.T) {
	const strike = "The union wants a 9 percent pay rise. A previous strike at the port in 2021 lasted 11 days.\n"
	runEdgeCases(t, []edgeCase{
		{"an outcome added", strike, "The previous strike in 2021 lasted 11 days and ended with a 9 percent pay rise [1].", `outcome "ended"`},
		{"ended in", strike, "The previous strike in 2021 lasted 11 days and ended in a 9 percent pay rise [1].", `outcome "ended"`},
		{"the passage's ending", "A previous strike at the port in 2021 lasted 11 days and ended with a 9 percent pay rise.\n", "The previous strike in 2021 lasted 11 days and ended with a 9 percent pay rise [1].", ""},
		{"an ending in other words", "A previous strike at the port in 2021 lasted 11 days and finished with a 9 percent pay rise.\n", "The previous strike in 2021 lasted 11 days and ended with a 9 percent pay rise [1].", ""},
		{"ended when", "Clashes between gangs began on Saturday. Soldiers declared the prison under control.\n", "The clashes ended when soldiers declared the prison under control [1].", ""},
	})
}
