package ground

import "testing"

// A member the marked passage names in other words ("including the
// prisoners" of "among them 14 inmates") is the marked passage's; one
// only another cited passage holds is merged in.
func TestInclusionInOtherWords(t *testing.T) {
	const office = "One civilian was hurt in a Molotov cocktail attack on the attorney general's office."
	const toll = "The attorney general raised the death toll from the violence from 18 to 31, among them 14 inmates."
	const asked = "What happened at the office?"
	runR7(t, []r7Case{
		{name: "the marked passage's member, another word", passages: []string{office, toll}, asked: asked, claim: "The office was attacked and one civilian was hurt [1]; the attorney general raised the death toll from 18 to 31 [2], including the prisoners.", want: ""},
		{name: "a member from another passage", passages: []string{office, toll}, asked: asked, claim: "The office was attacked and one civilian was hurt [1]; the attorney general raised the death toll from 18 to 31 [2], including the civilian.", want: `words "civilian"`},
	})
}
