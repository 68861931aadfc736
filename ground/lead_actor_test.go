package ground

import "testing"

// TestActorAfterPassageLead checks that a claim opening with the passage
// it comes from ("Per passage 1,") is read for who did or said what from
// the words after that lead, as the same claim without it is.
func TestActorAfterPassageLead(t *testing.T) {
	const toll = "Ecuador's attorney general on Tuesday raised the death toll from the violence from 18 to 31. Guillermo Rodriguez is the general director of the SNAI."
	const buses = "The prison authority said it would publish a list of transferred inmates on Thursday. The city said extra buses would run until midnight to take families home."
	runEdgeCases(t, []edgeCase{
		{"deed of the next sentence's name", toll, "Per passage 1, Guillermo Rodriguez raised the death toll from 18 to 31 [1].", `of "Rodriguez" is not said of it`},
		{"deed of the next sentence's name, according to", toll, "According to passage 1, Guillermo Rodriguez raised the death toll from 18 to 31 [1].", `of "Rodriguez" is not said of it`},
		{"the sentence's own doer", toll, "Per passage 1, Ecuador's attorney general raised the death toll from 18 to 31 [1].", ""},
		{"said by another", buses, "Per passage 1, the prison authority said extra buses would run until midnight to take families home [1].", "said by another"},
		{"said by its speaker", buses, "Per passage 1, the city said extra buses would run until midnight to take families home [1].", ""},
	})
}
