package ground

import "testing"

// A sum of two numbers the passage gives, marked as a total ("a
// combined 1,310 votes", "the sum of the votes") is a computed number:
// its arithmetic words are the number's, not words the claim adds. A
// number that is neither sum nor difference leaves them the claim's.
func TestArithmeticWordsOfASum(t *testing.T) {
	const p = "Delegates voted 1,214 to 96 to approve the new pay deal on Friday."
	runR7(t, []r7Case{
		{name: "combined votes cast", passages: []string{p}, claim: "A combined 1,310 votes were cast [1].", want: ""},
		{name: "the sum", passages: []string{p}, claim: "The sum of the votes was 1,310 [1].", want: ""},
		{name: "not the sum", passages: []string{p}, claim: "A combined 1,320 votes were cast [1].", want: `number "1320"`},
	})
}
