package ground

import "testing"

// A word put in another's place: a claim word no passage holds, after
// the same noun and preposition as a different word of the passage
// ("talks over pensions" for "talks over pay", "a list of dead inmates"
// for "a list of transferred inmates"), says something else of the same
// thing. The passage's word, one it holds elsewhere, a WordNet synonym,
// or a word after a noun with no preposition (a verb's slot: "the
// attorney general revised" for "raised", a paraphrase as often) pass.
func TestWordInAnothersPlace(t *testing.T) {
	const talks = "The strike was called after talks over pay and night-shift safety broke down on Tuesday evening.\n"
	const list = "The prison authority said it would publish an updated list of transferred inmates on Thursday morning.\n"
	runEdgeCases(t, []edgeCase{
		{"the topic swapped", talks, "The strike was called after talks over pensions broke down on Tuesday evening [1].", `words: the claim says "pensions" where passage 1 says "pay"`},
		{"the kind swapped", list, "The prison authority will publish an updated list of dead inmates on Thursday morning [1].", `words: the claim says "dead" where passage 1 says "transferred"`},
		{"the passage's word", talks, "The strike was called after talks over pay broke down on Tuesday evening [1].", ""},
		{"a word it holds further on", talks, "The strike was called after talks over safety broke down on Tuesday evening [1].", ""},
		{"a synonym", talks, "The strike was called after talks over wages broke down on Tuesday evening [1].", ""},
		{"a verb's slot", "The attorney general raised the death toll from 18 to 31 on Tuesday.\n", "The attorney general revised the death toll from 18 to 31 on Tuesday [1].", ""},
	})
}
