package ground

import "testing"

// A length of time the passage gives ("a 60-day state of emergency") may
// be restated: as how long it lasts ("runs for sixty days"), and in
// another unit, rounded with a cue ("roughly two months", within a
// tenth) or exactly ("two weeks" of 14 days). Another length, or a
// rounding without its cue, is still a number the passage lacks.
func TestTimeSpanRestated(t *testing.T) {
	const p = "The operation came after the government announced a 60-day state of emergency for the country's prisons. The curfew is set for 14 days.\n"
	runEdgeCases(t, []edgeCase{
		{"lasts, and roughly in months", p, "The state of emergency runs for sixty days, roughly two months [1].", ""},
		{"exactly in weeks", p, "The curfew is set for two weeks [1].", ""},
		{"another length", p, "The state of emergency runs for sixty days, roughly three months [1].", `number "3"`},
		{"rounded without a cue", p, "The state of emergency runs for sixty days, two months [1].", `number "2"`},
	})
}
