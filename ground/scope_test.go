package ground

import "testing"

// A word of reach ("nationwide") needs a cited sentence saying as much:
// "the country's prisons" or "a national issue" don't; "nationwide" or
// "across the country" do.
func TestScopeWordNeedsItsReach(t *testing.T) {
	const prisons = "This is a national issue. The government announced a 60-day state of emergency for the country's prisons.\n"
	runEdgeCases(t, []edgeCase{
		{"widened to the country", prisons, "The government declared a 60-day nationwide state of emergency [1].", `quantifier "nationwide"`},
		{"widened to the world", "The virus spread to 12 countries in Europe.\n", "The virus spread worldwide to 12 countries [1].", `quantifier "worldwide"`},
		{"the passage's reach", "The government announced a 60-day nationwide state of emergency.\n", "The government declared a 60-day nationwide state of emergency [1].", ""},
		{"its reach in other words", "The government announced a 60-day state of emergency across the whole country.\n", "The government declared a 60-day nationwide state of emergency [1].", ""},
		{"no word of reach", prisons, "The government declared a 60-day state of emergency for the prisons [1].", ""},
	})
}
