package ground

import "testing"

// A count alone as the subject of a verb must have that deed where the
// passage gives the count: "about 200 families spent the night" where the
// 200 families got blankets and "many" spent the night merges two
// sentences. The count's own deed passes, and a count that is no
// subject of a verb right after its noun is left to the number rules.
func TestCountSubjectDeed(t *testing.T) {
	const p = "Volunteers from a local church handed out water, bread and blankets to about 200 families. Many had spent the night on the pavement."
	runEdgeCases(t, []edgeCase{
		{"merged deed", p, "About 200 families spent the night on the pavement [1].", "number: the passage says 200"},
		{"merged, had", p, "About 200 families had spent the night on the pavement [1].", "number: the passage says 200"},
		{"own deed", p, "About 200 families were given water, bread and blankets [1].", ""},
		{"no verb after the noun", p, "About 200 families, volunteers said, got blankets [1].", ""},
	})
}

// "14 people" are whoever the passage counts 14 of: "14 people were hurt
// in the Molotov cocktail attack" gives the 14 inmates taken to hospital
// the attack that hurt one civilian.
func TestPeopleCountDeed(t *testing.T) {
	const p = "The attorney general's office said on social media that one civilian was hurt in a Molotov cocktail attack on its office there. Police said 14 inmates had been taken to hospital in Guayaquil with gunshot and stab wounds."
	runEdgeCases(t, []edgeCase{
		{"people merged", p, "14 people were hurt in the Molotov cocktail attack [1].", "number: the passage says 14"},
		{"people, own deed", p, "14 people were taken to hospital with gunshot and stab wounds [1].", ""},
		// a bare number ("from 18 to 31") counts nothing the people are bound to
		{"people, bare number", "Ecuador's attorney general on Tuesday raised the death toll from the violence from 18 to 31. Soldiers retook the prison on Wednesday.", "31 people died in the prison [1].", ""},
	})
}
