package ground

import "testing"

// The end of a span moved to another time of day says otherwise; the
// passage's own time, or an "until" with no time of day, passes.
func TestUntilTime(t *testing.T) {
	const p = "A spokesperson for the city council said extra buses would run until midnight to take families home.\n"
	const noTime = "A spokesperson said extra buses would run until the last families had gone home.\n"
	runEdgeCases(t, []edgeCase{
		{"another time of day", p, "The extra buses will run until morning to take families home [1].", "time: the claim says until morning where the passage says until midnight"},
		{"till", p, "Extra buses will run till dawn to take families home [1].", "time: the claim says until dawn where the passage says until midnight"},
		{"the passage's time", p, "Extra buses will run until midnight to take families home [1].", ""},
		{"no time of day in the passage", noTime, "Extra buses would run until the last families had gone home [1].", ""},
	})
}
