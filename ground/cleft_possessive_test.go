package ground

import "testing"

// Who did what, read through a cleft ("It was X who raised ...") and
// through a possessive for the article ("Ecuador's prison director
// raised ..."): the deed is the attorney general's, and the director
// (named in the passage for something else) did not do it. The same
// shapes with the passage's own doer pass.
func TestSubjectDeedThroughCleftAndPossessive(t *testing.T) {
	const p = "Ecuador’s attorney general on Tuesday raised the death toll from the violence from 18 to 31. Guillermo Rodriguez is the general director of Ecuador’s prison authority, the SNAI."
	const other = `who: the passage says "raised" of others, not of the director`
	runEdgeCases(t, []edgeCase{
		{"possessive", p, "Ecuador's prison director raised the death toll to 31 [1].", other},
		{"cleft with a possessive", p, "It was Ecuador's prison director who raised the death toll to 31 [1].", other},
		{"cleft with a time", p, "It was the prison director who on Tuesday raised the death toll to 31 [1].", other},
		{"possessive, the passage's doer", p, "Ecuador's attorney general raised the death toll to 31 [1].", ""},
		{"cleft, the passage's doer", p, "It was the attorney general who raised the death toll to 31 [1].", ""},
	})
}
