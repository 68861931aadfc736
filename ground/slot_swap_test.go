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

// The slot is read only where it names what a thing is (a word before
// the same noun) or what talks are over: a degree word ("top" for
// "hottest"), a name the claim describes ("the current browser" for "the
// Edge browser") and another head noun after "of" ("the amount of
// effort" for "the amount of work") are paraphrase, and pass.
func TestSlotSwapLeavesParaphrase(t *testing.T) {
	runEdgeCases(t, []edgeCase{
		{"a degree word", "Beckford is said to be one of the hottest prospects to emerge from the Caribbean.\n", "Beckford is considered one of the top prospects from the Caribbean [1].", ""},
		{"a name described", "Click on the Edge browser entry to reveal Choose an app, and then click Google Chrome.\n", "Click on the current browser entry to reveal Choose an app [1].", ""},
		{"another head noun after of", "MSM helps get oxygen into the blood a lot more efficiently with the same amount of work.\n", "MSM gets oxygen into the blood more efficiently with the same amount of effort [1].", ""},
		{"the kind before the same noun", "The prison authority said it would publish an updated list of transferred inmates on Thursday morning.\n", "The prison authority will publish an updated list of dead inmates on Thursday morning [1].", `"dead"`},
	})
}
