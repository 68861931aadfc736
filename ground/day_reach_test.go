package ground

import "testing"

// A day stays with its event though a setting stands between them in the
// passage ("walked off the job at the port of Valparaiso in Chile on
// Thursday"), and when the claim's event is one verb of a deed ("They
// walked off on Tuesday"); the event's own day passes, a verb of saying
// alone is no event, and a day nearer the event ends its reach.
func TestDayBindingReach(t *testing.T) {
	const p = "Thousands of dockworkers walked off the job at the port of Valparaiso in Chile on Thursday, leaving ships at anchor.\n\nThe strike was called by the union after talks broke down on Tuesday evening.\n"
	const between = "Dockworkers walked off on Thursday after talks broke down on Tuesday.\n"
	runEdgeCases(t, []edgeCase{
		{"a setting between", p, "The dockworkers walked off the job on Tuesday [1].", `the passage says "walk job" happened on thursday, not tuesday`},
		{"one verb", p, "They walked off on Tuesday evening after talks broke down [1].", `the passage says "walk" happened on thursday, not tuesday`},
		{"the event's day", p, "The dockworkers walked off the job on Thursday [1].", ""},
		{"the other event's day", p, "Talks broke down on Tuesday evening [1].", ""},
		{"a verb of saying", "Union leaders told reporters on Tuesday that they would strike. The minister announced on Thursday that talks had failed.\n", "They announced on Tuesday that they would strike [1].", ""},
		{"a nearer day ends the reach", between, "Dockworkers walked off on Tuesday [1].", `happened on thursday, not tuesday`},
	})
}

// The reach ends at a word opening another clause ("in the city of Duran,
// after the mayor ... was shot dead on Sunday"), and a day joined to
// another by "and" is said of the event too ("on Sunday and Monday").
func TestDayReachEnds(t *testing.T) {
	runEdgeCases(t, []edgeCase{
		{"another clause", "On Monday the president declared a state of emergency in the city of Duran, after the mayor of the city of Manta was shot dead on Sunday.\n", "A state of emergency was declared in the city of Duran on Monday [1].", ""},
		{"two days", "Dockworkers walked off the job on Sunday and Monday.\n", "Dockworkers walked off the job on Monday [1].", ""},
		{"neither day", "Dockworkers walked off the job on Sunday and Monday.\n", "Dockworkers walked off the job on Tuesday [1].", "tuesday"},
	})
}
