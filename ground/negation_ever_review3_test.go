package ground

import "testing"

// "not ever", like "not yet" and "not even", denies what follows it: a
// claim stating it is dropped, one keeping a denial is not.
func TestNotEverDeniesWhatFollowsReview3(t *testing.T) {
	const story = "The mayor of the town has not ever been charged with any crime."
	for _, c := range []struct {
		claim string
		drop  bool
	}{
		{"The mayor of the town has been charged with a crime [1].", true},
		{"The mayor of the town has never been charged with any crime [1].", false},
	} {
		if v := verdictOn(t, story, c.claim); (len(v.Dropped) > 0) != c.drop {
			t.Errorf("%q: dropped %v (%s), want %v", c.claim, len(v.Dropped) > 0, droppedFor(v), c.drop)
		}
	}
}
