package extract

import "testing"

// A cause verb gives the cause of what follows it: "why X" is answered by
// "Y caused X", not by "X caused Y"; any other reason word ("because",
// "after") still answers.
func TestReasonForReadsTheCauseVerbsDirection(t *testing.T) {
	keys := []keyTerm{{term: "embargo", weight: 3, known: true}, {term: "oil", weight: 1, known: true}}
	for _, c := range []struct {
		txt  string
		want bool
	}{
		{"The embargo caused an oil crisis with many effects.", false},
		{"The embargo led to long lines at gas stations.", false},
		{"Support for Israel prompted the oil embargo.", true},
		{"The war in October triggered the embargo on oil.", true},
		// As much of the question after the verb as before: it answers.
		{"Oil prices caused the embargo to tighten.", true},
		{"Oil shortages caused higher oil prices.", true}, // a tie answers
		{"The embargo was declared because of support for Israel.", true},
		{"The embargo was declared after the war.", true},
		// Another reason word answers whatever a cause verb says.
		{"After the war, the embargo caused an oil crisis.", true},
		// No reason word at all.
		{"The embargo lasted until March 1974.", false},
	} {
		if got := reasonFor("why", c.txt, keys); got != c.want {
			t.Errorf("reasonFor(why, %q) = %v, want %v", c.txt, got, c.want)
		}
	}
	// "how" questions are not read for direction.
	if !reasonFor("how", "The embargo caused an oil crisis.", keys) {
		t.Error("reasonFor(how): a cause verb no longer gives a method")
	}
}
