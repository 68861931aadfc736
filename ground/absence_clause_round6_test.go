package ground

import "testing"

// "The passages don't name X; they only say that Y": the first clause is
// read as absence, the fact after "say that" is checked as a claim.
func TestAbsenceThenWhatTheySay(t *testing.T) {
	const p = "On Monday the president declared a state of emergency, after the mayor of the city of Manta was shot dead on Sunday.\n"
	runEdgeCases(t, []edgeCase{
		{"what they do say", p, "The passages do not name the mayor; they only say that the mayor of the city of Manta was shot dead on Sunday [1].", ""},
		{"what they say, with another day", p, "The passages do not name the mayor; they only say that the mayor of the city of Manta was shot dead on Tuesday [1].", `date "tuesday"`},
		{"what they say after all", p, "The passages do not say the president declared a state of emergency; they only say that the mayor of Manta was shot [1].", `absence`},
	})
}
