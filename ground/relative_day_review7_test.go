package ground

import "testing"

// "next year" is stopped only where the passage says "next" of another
// span: "last month" is another word, not another next.
func TestNextYearBesideLastMonth(t *testing.T) {
	runR7(t, []r7Case{
		{name: "last month in the passage", passages: []string{"Campaigning began last month. The vote is due in 2024."}, claim: "Campaigning for the vote began last month and the vote is due next year [1].", want: ""},
		{name: "next month in the passage", passages: []string{"Campaigning begins next month. The vote is due in 2024."}, claim: "Campaigning for the vote begins next month and the vote is due next year [1].", want: `day: the claim says "next year"`},
	})
}
