package ground

import "testing"

// TestAbsenceOfDoerOrName checks absence claims leaving open who did a
// deed, or someone's name: right where the sentence holding their words
// names no doer beside the deed (the one who suffered it, or a name in
// another clause, is none) or no name beside the words; wrong where it
// does.
func TestAbsenceOfDoerOrName(t *testing.T) {
	const manta = "On Monday, current President Guillermo Lasso also declared a state of emergency in the provinces of Manabi and Los Rios, and in the city of Duran, after the mayor of the city of Manta was shot dead on Sunday."
	const toll = "Ecuador's attorney general on Tuesday raised the death toll from the violence from 18 to 31."
	const snai = "Guillermo Rodriguez is the general director of Ecuador's prison authority, the SNAI."
	runEdgeCases(t, []edgeCase{
		{"who shot: only who suffered it", manta, "The passages do not say who shot the mayor of Manta.", ""},
		{"who shot: told", "Police said gunman Jose Lopez shot the mayor of Manta on Sunday.", "The passages do not say who shot the mayor of Manta.", "absence"},
		{"who raised the toll: an office did", toll, "The passages don't say who raised the death toll.", "absence"},
		{"no name beside the office", toll, "The passages do not name Ecuador's attorney general.", ""},
		{"a name beside the office", snai, "The passages do not name the general director of the SNAI.", "absence"},
		{"a name far from the office", manta, "The passages do not name the mayor of Manta.", ""},
		{"a name in another clause", "Ecuador's attorney general raised the death toll on Tuesday, and later that day in Quito President Guillermo Lasso declared an emergency.", "The passages do not name Ecuador's attorney general.", ""},
		{"the name holds the office's words", "Manta Mayor Agustin Intriago was shot dead on Sunday.", "The passages do not name the mayor of Manta.", "absence"},
	})
}
