package ground

import "testing"

// A quoting claim may compress its quote's sentence with the one beside
// it: when its own words restate both (three or more terms, and half of
// those the quoted sentence lacks, from the neighbour), the neighbour's
// day is read there. A day from further away, a neighbour the claim's
// own words alone restate, and a name of the quoted sentence given the
// neighbour's deed are still caught.
func TestQuoteCompressedWithItsNeighbour(t *testing.T) {
	const p = "Relatives of inmates gathered outside the Penitenciaria del Litoral in Guayaquil on Wednesday, waiting for news of loved ones after soldiers retook the prison. " +
		"Many had spent the night on the pavement, holding photographs and handwritten lists of names.\n"
	const far = "Soldiers retook the prison on Wednesday. " +
		"Relatives of inmates gathered outside the Penitenciaria del Litoral in Guayaquil, waiting for news of loved ones. " +
		"Later the guards opened the gates. " +
		"Many had spent the night on the pavement, holding photographs and handwritten lists of names.\n"
	const actor = "Ecuador's attorney general on Tuesday raised the death toll from the violence from 18 to 31. " +
		"Guillermo Rodriguez is the general director of Ecuador's prison authority, the SNAI.\n"
	runEdgeCases(t, []edgeCase{
		{"two adjacent sentences", p, `Relatives gathered outside the Penitenciaria del Litoral on Wednesday waiting for news of loved ones; many spent the night on the pavement holding photographs and handwritten lists of names [1: "Many had spent the night on the pavement"].`, ""},
		{"the day two sentences away", far, `Relatives gathered outside the Penitenciaria del Litoral on Wednesday waiting for news of loved ones; many spent the night on the pavement holding photographs [1: "Many had spent the night on the pavement"].`, `date "wednesday"`},
		{"own words only the neighbour's", p, `Relatives gathered outside the Penitenciaria del Litoral on Wednesday waiting for news of loved ones [1: "Many had spent the night on the pavement"].`, `date "wednesday"`},
		{"the quoted name given the neighbour's deed", actor, `The SNAI general director, Guillermo Rodriguez, raised the death toll from the violence from 18 to 31 [1: "Guillermo Rodriguez is the general director"].`, `number "18" is not in passage 1`},
	})
}
