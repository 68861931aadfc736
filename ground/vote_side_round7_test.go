package ground

import "testing"

// "Voted 1,214 to 96 in favour" puts 1,214 on the named side and 96 on
// the other: a claim giving 1,214 "against" has swapped them; one giving
// the tally as the passage does, or each number its side, passes.
func TestVoteSides(t *testing.T) {
	const p = "Members voted 1,214 to 96 in favour of the stoppage, union president Marta Vergara said.\n"
	runEdgeCases(t, []edgeCase{
		{"sides swapped", p, "1,214 members voted against the stoppage and 96 in favour [1].", `opposite: the passage gives 1214 for`},
		{"the tally as given", p, "Members voted 1,214 to 96 in favour of the stoppage [1].", ""},
		{"each its side", p, "1,214 members voted in favour of the stoppage and 96 against [1].", ""},
	})
}
