package ground

import "testing"

// Buying, selling, stealing, smuggling and donating are deeds a claim may
// not add: the passages must hold the verb (or its other side: tickets
// bought are tickets sold).
func TestDealVerbsAreOutcomes(t *testing.T) {
	const seized = "Footage released by police showed automatic weapons and ammunition seized from inside the prison.\n"
	const sold = "Tickets are sold to participants, and the winning ticket is drawn at random.\n"
	runEdgeCases(t, []edgeCase{
		{"a deal the passage lacks", seized, "Police bought automatic weapons and ammunition from inside the prison [1].", `outcome "bought" is not in the passage`},
		{"the passage's deed", seized, "Police seized automatic weapons and ammunition from inside the prison [1].", ""},
		{"the other side of the deal", sold, "Participants buy tickets, and the winning ticket is drawn at random [1].", ""},
	})
}
