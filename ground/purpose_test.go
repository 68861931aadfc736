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

// "The weapons used to kill the 31 victims" gives the weapons a deed: the
// passage must use them for it ("used", "using"), not only set seized
// weapons beside a death toll. "He used to live there" is a habit.
func TestInstrumentNeedsItsPassage(t *testing.T) {
	const p = "Footage showed automatic weapons seized from inside the prison. The attorney general raised the death toll from 18 to 31.\n"
	const used = "Footage showed automatic weapons seized from inside the prison, used to kill 31 inmates.\n"
	runEdgeCases(t, []edgeCase{
		{"an instrument added", p, "Footage showed automatic weapons seized from the prison, the weapons used to kill the 31 victims [1].", `link: the claim says "used to"`},
		{"the instrument given", used, "Footage showed automatic weapons seized from the prison, the weapons used to kill 31 inmates [1].", ""},
	})
}
