package ground

import "testing"

// A length of time in two number words ("twenty one days") is one
// length: its second word is not read again as a length of its own.
func TestLastedTwoNumberWords(t *testing.T) {
	runR7(t, []r7Case{
		{name: "twenty one days", passages: []string{"The strike lasted 21 days."}, claim: "The strike lasted twenty one days [1].", want: ""},
		{name: "twenty two days", passages: []string{"The strike lasted 21 days."}, claim: "The strike lasted twenty two days [1].", want: "22"},
	})
}
