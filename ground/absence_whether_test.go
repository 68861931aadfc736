package ground

import "testing"

// "The passages don't say whether X" is refuted by a passage saying X, as
// the same claim with "if" or "that" is (found by the mutation review:
// "whether" counted as one of the claim's own words, which no passage
// holds).
func TestAbsenceWithWhetherIsRefuted(t *testing.T) {
	const story = "The old bridge reopens on Monday after repairs. Traffic will be light."
	for _, claim := range []string{
		"The passages don't say whether the old bridge reopens on Monday [1].",
		"The passages don't say if the old bridge reopens on Monday [1].",
	} {
		if v := verdictOn(t, story, claim); len(v.Dropped) == 0 {
			t.Errorf("%q kept against a passage that says it", claim)
		}
	}
	if v := verdictOn(t, story, "The passages don't say whether the new tunnel opens in June [1]."); len(v.Dropped) > 0 {
		t.Errorf("a true absence dropped: %s", droppedFor(v))
	}
}
