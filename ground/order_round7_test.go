package ground

import "testing"

// A claim's "A after B" (or "B before A") must not reverse the order a
// cited sentence gives the two events; the same order in other words,
// "before" for the reversed cue, or "the day after" (an adverb whose
// events the words don't tell apart) pass.
func TestOrderOfEventsKept(t *testing.T) {
	const p = "Dockworkers called the strike after talks over pay and night-shift safety broke down on Tuesday.\n"
	runEdgeCases(t, []edgeCase{
		{"after, reversed", p, "Talks over pay and night-shift safety broke down after the dockworkers called the strike [1].", `order:`},
		{"before, reversed", p, "Dockworkers called the strike before talks over pay broke down [1].", `order`},
		{"after, kept", p, "The dockworkers called the strike after the talks over pay broke down [1].", ""},
		{"before, kept", p, "Talks over pay and night-shift safety broke down before the dockworkers called the strike [1].", ""},
		{"the day after", p, "Talks over pay broke down on Tuesday; the day after, dockworkers called the strike [1].", ""},
	})
}
