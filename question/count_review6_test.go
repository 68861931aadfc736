package question

import "testing"

// Review 6: the count fillers "get", "gets", "been" stand before what is
// counted, never being it; and a sum of money, in each way the news writes
// one, answers a question that counts money (and only such a question).
func TestCountFillerAndMoneyReview6(t *testing.T) {
	const killed = "At least nine people were killed in the riot."
	const none = "The curfew runs from 10 p.m. to 5 a.m. for 60 days."
	for _, c := range []struct {
		q, txt string
		want   bool
	}{
		// Filler: what is counted is the deed after it.
		{"how many get killed in ecuador prisons", killed, true},
		{"how many get killed in ecuador prisons", none, false},
		{"how many gets killed every year", killed, true},
		{"how many have been killed", killed, true},
		{"how many have been killed", none, false},

		// Money: each money word counts money. The sentence never names
		// the counted word, so only the sum can answer.
		{"how much is the cost of a cell", "Inmates pay $20 a week for a bed.", true},
		{"how much was the fine", "He must pay $400 within a month.", true},
		{"how much ransom did they ask", "The kidnappers asked for US$3.5 million.", true},
		{"how many dollars did the guards take", "Each guard took $20 a week.", true},
		{"how much salary does a guard get", "A guard earns $700 a month.", true},

		// Each way of writing a sum.
		{"how much money did they ask", "They asked for €400 a month.", true},
		{"how much money did they ask", "They asked for £400 a month.", true},
		{"how much money did they ask", "They asked for $ 20 a week.", true},
		{"how much money was stolen", "Thieves took 3 million pesos from the bank.", true},
		{"how much money was stolen", "Thieves took 1,200 pesos from the shop.", true},
		{"how much money was stolen", "Thieves took 2 billion bolivars from the bank.", true},
		{"how much money was stolen", "Thieves took 50,000 Dollars from the bank.", true},

		// A number with no currency is no sum of money, nor a currency
		// sign a count of soldiers.
		{"how much money was stolen", "Thieves broke 3 windows at the bank.", false},
		{"how much was the fine", "He was jailed for 3 years.", false},
		{"how many soldiers were sent", "Each guard took €400 a month.", false},
		{"how many soldiers were sent", "Thieves took 1,200 pesos from the shop.", false},
	} {
		if got := CountIn(c.txt, c.q); got != c.want {
			t.Errorf("CountIn(%q, %q) = %v, want %v", c.txt, c.q, got, c.want)
		}
	}
}
