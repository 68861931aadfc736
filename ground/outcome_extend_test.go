package ground

import "testing"

// "Extended" is an outcome: a state of emergency the passage has
// announced was not extended by its saying so.
func TestExtendedIsAnOutcome(t *testing.T) {
	runEdgeCases(t, []edgeCase{
		{"announced", "The government announced a 60-day state of emergency for the prisons.\n", "The government extended its 60-day state of emergency for the prisons [1].", `outcome "extended"`},
		{"extended", "The government extended the 60-day state of emergency for the prisons.\n", "The government extended its 60-day state of emergency for the prisons [1].", ""},
	})
}
