package ground

import "testing"

// Counts joined as a claim's subject share its deed: each must have it
// in the passage. The rule reads counts opening the claim (a word
// before them at most), joined by "and" within two words.
func TestConjoinedCountsShareTheirDeed(t *testing.T) {
	const p = "Police said 14 inmates were taken to hospital. In Esmeraldas 15 prison guards and 2 other staffers were held hostage.\n"
	runEdgeCases(t, []edgeCase{
		{"both held hostage", p, "15 prison guards and 2 other staffers were held hostage [1].", ""},
		{"guards merged in", p, "14 inmates and 15 prison guards were taken to hospital [1].", `number: the passage says 15 prison guard, but not that they`},
		{"one word before", p, "Some 14 inmates and 15 prison guards were taken to hospital [1].", `number: the passage says 15 prison guard`},
		{"two words before", p, "Police said 14 inmates and 15 prison guards were taken to hospital [1].", ""},
	})
}
