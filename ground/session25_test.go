package ground

import "testing"

// Twenty-fifth session: "anyone" in a "whether" absence stands for
// whoever a sentence names, and is no word the sentence must hold:
// "whether anyone was killed on Sunday" is said by "The mayor ... was shot
// dead on Sunday". (A wider reading, two words after "who" or "any", was
// tried and taken back: it failed reviews 19 and 20, "Guards shot and
// killed two inmates" is no answer to "any guards being killed".)
func TestWhetherAnyoneAbsence(t *testing.T) {
	const story = "The mayor of the port city was shot dead on Sunday. Officials will publish a list on Thursday morning."
	for _, claim := range []string{
		"The passages don't say whether anyone was killed on Sunday [1].",
		"The passages don't say whether somebody was shot on Sunday [1].",
	} {
		if v := verdictOn(t, story, claim); len(v.Dropped) == 0 {
			t.Errorf("%q kept against a passage that says it", claim)
		}
	}
	for _, claim := range []string{
		"The passages don't say whether anyone was arrested on Sunday [1].",
		"The passages don't say whether anyone was killed on Thursday [1].",
	} {
		if v := verdictOn(t, story, claim); len(v.Dropped) > 0 {
			t.Errorf("a true absence dropped: %s", droppedFor(v))
		}
	}
}
