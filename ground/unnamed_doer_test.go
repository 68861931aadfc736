package ground

import "testing"

// A common-noun subject no cited sentence names, doing a deed a sentence
// gives another ("The army raised the death toll" of "the attorney
// general raised the death toll"), is a wrong doer. A subject named in
// other words ("troops" for "soldiers"), or a claim whose "deed" is no
// verb in the past ("The current owner must return"), is left to the
// word rules.
func TestUnnamedDoerOfAnothersDeed(t *testing.T) {
	const p = "Ecuador's attorney general on Tuesday raised the death toll from the violence from 18 to 31.\n"
	const soldiers = "Ecuador's attorney general on Tuesday raised the death toll from the violence from 18 to 31. Soldiers retook the prison.\n"
	runEdgeCases(t, []edgeCase{
		{"the army for the attorney general", p, "The army raised the death toll from the violence from 18 to 31 on Tuesday [1].", `who: the passage says "raised" of others and never names the army`},
		{"troops for soldiers", soldiers, "The troops retook the prison [1].", ""},
		{"lawyers for attorneys", "Attorneys for the union filed the appeal on Monday.\n", "The lawyers for the union filed the appeal on Monday [1].", ""},
		{"a noun read as the deed", "The new owner of the property must sign the back of the certificate.\n", "The current owner of the property must sign the back of the certificate [1].", ""},
		{"the attorney general", p, "The attorney general raised the death toll from the violence from 18 to 31 on Tuesday [1].", ""},
	})
}
