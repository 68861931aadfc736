package ground

import "testing"

// A place stays with its event, fronted ("In Guayaquil, ...") or after
// it ("... office in Guayaquil"): the sentences telling the event put it
// in another place ("in the city of Esmeraldas, where ...", "its office
// there" after a sentence in Esmeraldas), and the passage names the
// claim's place for something else. The event told in the claim's place,
// or after a sentence naming it, passes.
func TestEventKeepsItsPlace(t *testing.T) {
	const two = "Violence broke out in the city of Esmeraldas, where 15 prison guards were held hostage at a local jail. " +
		"The attorney general's office said one civilian was hurt in a Molotov cocktail attack on its office there. " +
		"Soldiers used controlled detonations to enter three cellblocks of the prison in the city of Guayaquil.\n"
	runEdgeCases(t, []edgeCase{
		{"a fronted place moved", two, "In Guayaquil, 15 prison guards were held hostage at a local jail [1].", "place: the passage tells this in esmeraldas, not in guayaquil"},
		{"a place after the event, where the passage says there", two, "One civilian was hurt in a Molotov cocktail attack on the attorney general's office in Guayaquil [1].", "place: the passage tells this in esmeraldas, not in guayaquil"},
		{"the event's own place, fronted", two, "In Esmeraldas, 15 prison guards were held hostage at a local jail [1].", ""},
		{"the event's own place, after it", two, "One civilian was hurt in a Molotov cocktail attack on the attorney general's office in Esmeraldas [1].", ""},
		{"there after the claim's place", "Police arrived in the city of Guayaquil on Monday. Two men were arrested there after a chase. Esmeraldas was calm.\n", "Two men were arrested after a chase in Guayaquil [1].", ""},
	})
}
