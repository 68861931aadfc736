package ground

import "testing"

// A claim that computes a number from two the passage gives ("a margin of
// 1,118 votes" of "voted 1,214 to 96") names its arithmetic in words the
// passage lacks (margin, cast, combined): those words are the number's,
// which the number rule checked. Other words the claim adds still count,
// and without a computed number the arithmetic words are the claim's own.
func TestArithmeticWordsOfAComputedNumber(t *testing.T) {
	const p = "The strike was called by the union on Tuesday. Members had voted 1,214 to 96 in favour of the stoppage.\n"
	runEdgeCases(t, []edgeCase{
		{"margin and votes cast computed", p, "Members backed the strike by 1,214 votes to 96, a margin of 1,118 votes, with 1,310 votes cast in total [1].", ""},
		{"a tally's yes and no", p, "1,310 votes total (1,214 yes + 96 no) [1].", ""},
		{"a tally's vs", p, "1,118 more yes votes, 1,214 vs 96 [1].", ""},
		{"yes and vs of no computed number", p, "The yes camp won, 1,214 vs 96, yes [1].", "words"},
		{"no computed number", p, "Members backed the strike by 1,214 votes to 96, a wide margin, with most votes cast early [1].", "words"},
		{"a computed number, words of its own", p, "Members backed the strike by a margin of 1,118 votes, angering bosses and shippers [1].", "words"},
	})
}
