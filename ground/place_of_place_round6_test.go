package ground

import "testing"

// A quoting claim may set the larger place after a place its quote gives
// ("Guayaquil, Ecuador") when the cited passage names it elsewhere; a
// place the passage never names, or one not set after a quoted place, is
// still a name the quoted sentences lack.
func TestLargerPlaceAfterAQuotedPlace(t *testing.T) {
	const p = "Soldiers tried to retake a rioting prison in Ecuador. They gained access to three cellblocks at the Penitenciaria del Litoral in the city of Guayaquil.\n"
	runEdgeCases(t, []edgeCase{
		{"the passage's country", p, `In the city of Guayaquil, Ecuador [1: "at the Penitenciaria del Litoral in the city of Guayaquil"].`, ""},
		{"a country the passage never names", p, `In the city of Guayaquil, Peru [1: "at the Penitenciaria del Litoral in the city of Guayaquil"].`, `name "Peru"`},
		{"not after a quoted place", p, `The Penitenciaria del Litoral is a prison in Ecuador [1: "at the Penitenciaria del Litoral in the city of Guayaquil"].`, `name "Ecuador"`},
	})
}
