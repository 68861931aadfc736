package ground

import "testing"

// "Next year" may be the model's own reckoning from a date the passage
// gives ("in 2024"), but not where the passage says "next" of another
// span: "elections next month" is no "elections next year".
func TestNextYearAgainstAnotherSpan(t *testing.T) {
	const month = "Campaigning for presidential elections next month has begun.\n"
	const dated = "Campaigning for presidential elections in 2024 has begun.\n"
	runEdgeCases(t, []edgeCase{
		{"next month said next year", month, "Presidential elections are due next year [1].", `day: the claim says "next year"`},
		{"next month as said", month, "Presidential elections are due next month [1].", ""},
		{"next year of a dated election", dated, "Campaigning has begun for the presidential elections next year, in 2024 [1].", ""},
	})
}
