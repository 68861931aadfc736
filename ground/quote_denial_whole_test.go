package ground

import "testing"

// A claim that quotes one sentence of its passage is still read against
// the passage's other sentences for a denial: "No candidate has pledged
// prison reform" quoting the campaign sentence, in a passage that says
// some candidates have pledged prison reforms, denies what the passage
// states. A denial the passage makes itself passes.
func TestQuotedClaimDenialReadAgainstTheWholePassage(t *testing.T) {
	const p = "This latest surge of prison violence comes during campaigning for presidential elections next month. Some candidates have pledged prison reforms."
	const none = "This latest surge of prison violence comes during campaigning for presidential elections next month. No candidate has pledged prison reforms."
	const q = `[1: "This latest surge of prison violence comes during campaigning for presidential elections next month"]`
	runEdgeCases(t, []edgeCase{
		{"denies another sentence", p, "No candidate has pledged prison reform so far " + q + ", although this surge of prison violence comes during the campaigning for the elections next month.", `negation: the claim denies "candidat"`},
		{"the passage's own denial", none, "No candidate has pledged prison reform so far " + q + ", although this surge of prison violence comes during the campaigning for the elections next month.", ""},
	})
}
