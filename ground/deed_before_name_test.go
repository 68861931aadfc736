package ground

import "testing"

// A deed said in the sentence before a name's is that name's only when the
// sentence says it in the passive with no doer ("The toll was raised on
// Tuesday. Rodriguez, who ..."); given a doer of its own ("The attorney
// general raised the toll", "was raised by the attorney general") it is
// that doer's, not the next sentence's name's.
func TestDeedBeforeTheName(t *testing.T) {
	const active = "Ecuador's attorney general on Tuesday raised the death toll from 18 to 31. " +
		"Guillermo Rodriguez is the general director of the prison authority.\n"
	const passive = "The death toll was later raised on Tuesday to 31. " +
		"Guillermo Rodriguez, the prison authority's general director, announced it.\n"
	const byAgent = "The death toll was raised by the attorney general on Tuesday to 31. " +
		"Guillermo Rodriguez is the general director of the prison authority.\n"
	runEdgeCases(t, []edgeCase{
		{"another doer before", active, "Guillermo Rodriguez raised the death toll to 31 [1].", `says of "Rodriguez" is not said of it`},
		{"with an apposition", active, "Guillermo Rodriguez, the prison director, raised the death toll [1].", `says of "Rodriguez"`},
		{"the doer of the deed", active, "Ecuador's attorney general raised the death toll to 31 [1].", ""},
		{"a passive with no doer", passive, "Guillermo Rodriguez raised the death toll to 31 [1].", ""},
		{"a passive with its doer", byAgent, "Guillermo Rodriguez raised the death toll to 31 [1].", `says of "Rodriguez"`},
	})
}
