package ground

import "testing"

// TestSumOfSpelledParts checks a total a claim gives with its parts
// spelled out, a small one among them ("two other staff members"): the
// sum of two counts the passage gives is no invented number; a total the
// parts don't make is.
func TestSumOfSpelledParts(t *testing.T) {
	const p = "That declaration seemed to set off violence in the city of Esmeraldas, where 15 prison guards and 2 other staffers were held hostage at a local jail."
	runEdgeCases(t, []edgeCase{
		{"spelled sum", p, "Seventeen: fifteen prison guards and two other staff members, held at a local jail [1].", ""},
		{"digit sum", p, "17: 15 prison guards and 2 other staffers, held at a local jail [1].", ""},
		{"not the sum", p, "Eighteen: fifteen prison guards and two other staff members, held at a local jail [1].", `number "18"`},
	})
}
