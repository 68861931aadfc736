package ground

import "testing"

// A claim that only supposes a particular event the passage states flat
// ("may be seeking", "possibly fled", "reportedly walked off") turns a
// fact into speculation. A general "may cause", a hedge the passage has
// too, and "reportedly" of a sentence that attributes all pass.
func TestAddedHedgeOnAnEvent(t *testing.T) {
	const demand = "The union wants two extra safety inspectors on every night shift.\n"
	const fled = "Its leader fled the prison before the raid.\n"
	const said = "The union said dockworkers walked off the job on Thursday.\n"
	const walked = "Dockworkers walked off the job on Thursday.\n"
	const side = "The drug causes side effects such as dry mouth.\n"
	const hedged = "Its leader may have fled the prison before the raid.\n"
	runEdgeCases(t, []edgeCase{
		{"may be seeking", demand, "The union may be seeking two extra safety inspectors on every night shift [1].", "supposes"},
		{"the fact stated", demand, "The union wants two extra safety inspectors on every night shift [1].", ""},
		{"possibly fled", fled, "Its leader possibly fled the prison before the raid [1].", "supposes"},
		{"may have fled, the passage hedging too", hedged, "Its leader may have fled the prison before the raid [1].", ""},
		{"reportedly, of a report", said, "Dockworkers reportedly walked off the job on Thursday [1].", ""},
		{"reportedly, of a fact", walked, "Dockworkers reportedly walked off the job on Thursday [1].", "supposes"},
		{"a general may", side, "The drug may cause side effects such as dry mouth [1].", ""},
	})
}

// "Could" with a figure projects it: "the death toll could reach 31" of
// a toll raised to 31 says less than the passage. A range any case may
// fall in, a past ability, and a passage projecting too all pass.
func TestAddedHedgeCouldReach(t *testing.T) {
	const toll = "Ecuador's attorney general on Tuesday raised the death toll from the violence from 18 to 31.\n"
	const raffle = "Ticket numbers in a reverse raffle run from 1 to 55.\n"
	const projected = "Officials said the death toll could reach 31.\n"
	runEdgeCases(t, []edgeCase{
		{"could reach", toll, "The attorney general said the death toll could reach 31, up from 18 [1].", "supposes"},
		{"could be", toll, "The death toll could be 31 [1].", "supposes"},
		{"raised, stated", toll, "The attorney general raised the death toll to 31 [1].", ""},
		{"could range", raffle, "In a reverse raffle, your ticket number could range from 1 to 55 [1].", ""},
		{"the passage projects too", projected, "The death toll could reach 31 [1].", ""},
	})
}
