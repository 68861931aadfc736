package ground

import "testing"

// A change "from 18 to 31" makes 31 the new value, not an amount added:
// "18 deaths and then a further 31", "18 dead and 31 more" add it. The
// difference added ("a further 13"), "31, more than the 18 before", and
// the change itself pass.
func TestChangeMadeAnIncrement(t *testing.T) {
	const toll = "Ecuador's attorney general on Tuesday raised the death toll from the violence from 18 to 31.\n"
	runEdgeCases(t, []edgeCase{
		{"a further", toll, "The attorney general initially reported 18 deaths and then a further 31 [1].", "adds 31"},
		{"more after", toll, "The attorney general reported 18 deaths, then 31 more on Tuesday [1].", "adds 31"},
		{"another", toll, "The attorney general reported 18 deaths and on Tuesday another 31 [1].", "adds 31"},
		{"the difference added", toll, "The attorney general raised the death toll from 18 to 31 on Tuesday, a further 13 deaths [1].", ""},
		{"more than", toll, "The death toll is 31, more than the 18 reported before [1].", ""},
		{"no earlier value given", toll, "The attorney general on Tuesday raised the death toll from the violence by another 31 [1].", ""},
		{"the change", toll, "The attorney general raised the death toll from 18 to 31 on Tuesday [1].", ""},
	})
}
