package ground

import "strings"

// arithmeticWords name what a claim did with the passage's numbers: "a
// margin of 1,118 votes", "1,310 votes cast", "a gap of 13", "combined".
// They count only when the claim gives a number it computed.
var arithmeticWords = strings.Fields("margin difference gap combined sum altogether cast net total yes versus vs")

// arithmeticStems are the terms of arithmeticWords.
var arithmeticStems = stemsOf(arithmeticWords)

// computedNumber reports a number of the claim that no cited passage
// states but that is the difference or sum of two they do (nums: the
// passages' numbers; said: those of their sentences): "a margin of 1,118"
// of "voted 1,214 to 96". Then the claim's words naming the arithmetic
// are the number's, which the number rule has checked.
func computedNumber(claimNums []string, nums, said map[string]bool, total bool) bool {
	for _, x := range claimNums {
		if !nums[x] && (differenceOf(x, said) || sumOf(x, said, claimNums, total, nil)) {
			return true
		}
	}
	return false
}
