package ground

import "testing"

// "all of" claims the whole group as "all" does; only the anchor's own
// quantifier, not one in a sentence about something else, supports it.
func TestAllOfIsAQuantifier(t *testing.T) {
	const p = "Hundreds of inmates were moved to other jails.\n"
	runEdgeCases(t, []edgeCase{
		{"no quantifier", p, "Hundreds of inmates were moved to other jails [1].", ""},
		{"all of", p, "All of the inmates were moved to other jails [1].", `quantifier "all"`},
		{"all", p, "All the inmates were moved to other jails [1].", `quantifier "all"`},
	})
}

// The quantifier must be in the sentences the claim rests on: "all" in a
// sentence about roads does not make all the guards released.
func TestQuantifierReadInTheAnchorOnly(t *testing.T) {
	const p = "All roads were closed on Monday.\n\nSome guards were released.\n"
	runEdgeCases(t, []edgeCase{
		{"some", p, "Some guards were released [1].", ""},
		{"all from another sentence", p, "All the guards were released [1].", `quantifier "all"`},
	})
}

// "as a whole" sums up, it claims no whole group; "the whole plan" does.
func TestAsAWholeIsNoQuantifier(t *testing.T) {
	const p = "The council approved the plan.\n"
	runEdgeCases(t, []edgeCase{
		{"as a whole", p, "The council approved the plan as a whole [1].", ""},
		{"the whole", p, "The council approved the whole plan [1].", `quantifier "whole"`},
	})
}

// "May" after a day's number is the month, no hedge; "may" before a verb
// is one.
func TestMayAfterADayNumberIsTheMonth(t *testing.T) {
	runEdgeCases(t, []edgeCase{
		{"month", "On 12 May crews reopened the old bridge.\n", "Crews reopened the old bridge [1].", ""},
		{"hedge", "Crews may reopen the old bridge.\n", "Crews reopened the old bridge [1].", `modality: the passage hedges`},
	})
}
