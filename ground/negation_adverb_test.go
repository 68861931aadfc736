package ground

import "testing"

// "not yet" and "not even" deny what follows: a claim stating it is dropped,
// a claim keeping the denial is not (found by the mutation review: the
// adverb counted as a word of the denied clause, which the claim lacked).
func TestNotYetDeniesWhatFollows(t *testing.T) {
	const story = "The mayor of the town has not yet been charged with any crime. The main road has not even been reopened after the floods."
	for _, c := range []struct {
		claim string
		drop  bool
	}{
		{"The mayor of the town has been charged with a crime [1].", true},
		{"The main road has been reopened after the floods [1].", true},
		{"The mayor of the town has not yet been charged with any crime [1].", false},
		{"The main road has not been reopened after the floods [1].", false},
	} {
		if v := verdictOn(t, story, c.claim); (len(v.Dropped) > 0) != c.drop {
			t.Errorf("%q: dropped %v (%s), want %v", c.claim, len(v.Dropped) > 0, droppedFor(v), c.drop)
		}
	}
}
