package ground

import "testing"

// A motive the claim gives ("fighting for control of the cellblocks",
// "in a bid to", "in order to") must be given in the passage too, by a
// word of purpose or the prize itself; an attempt ("try to retake") is
// no motive of the gangs'.
func TestMotiveNeedsItsPassage(t *testing.T) {
	const p = "Soldiers try to retake a rioting prison. Using controlled detonations, they gained access to three cellblocks where gangs clashed.\n"
	const prize = "Gangs clashed in three cellblocks, fighting over control of drug routes.\n"
	runEdgeCases(t, []edgeCase{
		{"a motive added", p, "Gangs clashed in three cellblocks, fighting for control of the cellblocks [1].", `link: the claim says "fighting for"`},
		{"in a bid to", p, "Soldiers used controlled detonations in a bid to gain access to three cellblocks [1].", `link: the claim says "bid"`},
		{"the motive given", prize, "Gangs clashed in three cellblocks, fighting for control of drug routes [1].", ""},
		{"no motive", p, "Using controlled detonations, soldiers gained access to three cellblocks where gangs clashed [1].", ""},
	})
}
