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

// Reach in time ("indefinitely", "permanently", "forever") needs the
// passage to say as much: "until the operator agreed" is a condition,
// not an open end; "an indefinite strike" is one.
func TestTimeReachNeedsThePassage(t *testing.T) {
	runEdgeCases(t, []edgeCase{
		{"the condition dropped", "The union said the strike would continue until the operator agreed to a pay rise.\n", "The union said the strike would continue indefinitely [1].", `quantifier "indefinitely"`},
		{"closed for good", "The mayor said the bridge would stay closed until repairs were done.\n", "The mayor said the bridge would stay closed permanently [1].", `quantifier "permanently"`},
		{"the passage's open end", "The union called an indefinite strike, which it said would continue.\n", "The union said the strike would continue indefinitely [1].", ""},
		{"the same words", "The union said the strike would continue indefinitely.\n", "The union said the strike would continue indefinitely [1].", ""},
	})
}

// The world's reach is said by "the world's" and by a count of a hundred
// countries or more; a dozen countries in Europe is not it.
func TestWorldReachInOtherWords(t *testing.T) {
	runEdgeCases(t, []edgeCase{
		{"the world's", "As of May 2017, Eubank Jr. is ranked as the world's fifth best super middleweight by BoxRec.\n", "Eubank Jr. is ranked fifth best super middleweight worldwide by BoxRec [1].", ""},
		{"a hundred countries or more", "Cases of COVID-19 have been reported in more than 190 countries and 200 territories.\n", "COVID-19 has spread globally, with cases in more than 190 countries and 200 territories [1].", ""},
		{"a dozen countries", "Cases of COVID-19 have been reported in 12 countries in Europe.\n", "COVID-19 has spread globally, with cases in 12 countries [1].", `quantifier "globally"`},
	})
}
