package ground

import "testing"

// A place stays with its event: "declared a state of emergency in the
// city of Manta" where the passage declares it in Manabi and names Manta
// for the shooting moves the emergency; the passage's own place, or a
// place the passage gives the event too, passes.
func TestPlaceStaysWithItsEvent(t *testing.T) {
	const p = "On Monday, President Guillermo Lasso declared a state of emergency in the provinces of Manabi and Los Rios, after the mayor of the city of Manta was shot dead on Sunday.\n"
	const q = "Lasso declared a state of emergency in the province of Manabi. He also declared a state of emergency in the city of Manta.\n"
	runEdgeCases(t, []edgeCase{
		{"moved to the shooting's city", p, "Lasso declared a state of emergency in the city of Manta [1].", `place: the passage says`},
		{"its own place", p, "Lasso declared a state of emergency in the province of Manabi [1].", ""},
		{"both places given", q, "Lasso declared a state of emergency in the city of Manta [1].", ""},
	})
}
