package ground

import "testing"

// How long a thing lasted is the length the passage gives: another
// length is stopped, the same in another unit (rounded after a cue), a
// bound the passage's length meets, a sum of two lengths, and a length
// against a passage giving only a bound pass.
func TestLastingKeepsItsLength(t *testing.T) {
	// the claims' numbers are the passage's, said of other things
	const strike = "A previous strike at the port in 2021 lasted 11 days. The union now wants two extra inspectors and three new cranes.\n"
	runEdgeCases(t, []edgeCase{
		{"rounded to another length", strike, "The previous strike in 2021 lasted nearly two weeks [1].", "lasted 11 days, not 2 weeks"},
		{"another length", strike, "The previous strike in 2021 lasted three weeks [1].", "lasted 11 days, not 3 weeks"},
		{"a bound the length breaks", strike, "The previous strike in 2021 lasted more than two weeks [1].", "lasted 11 days"},
		{"the same length", strike, "The previous strike in 2021 lasted eleven days [1].", ""},
		{"rounded within a quarter", "A previous strike at the port in 2021 lasted 13 days. The union now wants two extra inspectors.\n", "The previous strike in 2021 lasted about two weeks [1].", ""},
		{"a bound the length meets", strike, "The previous strike in 2021 lasted more than a week [1].", ""},
		{"an upper bound it meets", strike, "The previous strike in 2021 lasted under a month [1].", ""},
		{"the passage gives a bound only", "A previous strike at the port in 2021 lasted more than a week. The union now wants ten new cranes.\n", "The previous strike in 2021 lasted ten days [1].", ""},
	})
}
