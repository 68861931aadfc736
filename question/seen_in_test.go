package question

import "testing"

// The remembered type test answers as the pattern does, per kind: the same
// sentence asked of two kinds keeps each kind's answer, a second asking
// gives the first answer, and past the bound the pattern is asked anew.
func TestSeenInRemembersPerKind(t *testing.T) {
	sents := []string{
		"The death toll rose from 18 to 31 on Tuesday.",
		"Clashes between gangs here began on Saturday.",
		"Soldiers retook the prison in the city of Guayaquil.",
		"The state of emergency will last 60 days.",
		"Relatives waited outside.",
	}
	for _, max := range []int64{1 << 16, 0} {
		old := inSeenMax
		inSeenMax = max
		for round := 0; round < 2; round++ {
			for _, s := range sents {
				for _, c := range []struct {
					k    Kind
					want bool
				}{
					{Number, numberWords.MatchString(s)},
					{Duration, durationWords.MatchString(s)},
					{Time, timeWords.MatchString(s)},
					{Place, placeWords.MatchString(s)},
				} {
					if got := c.k.In(s, "what happened"); got != c.want {
						t.Errorf("max %d, round %d: %v.In(%q) = %v, want %v", max, round, c.k, s, got, c.want)
					}
				}
			}
		}
		inSeenMax = old
	}
	// the cases the sentences exercise, so the loop above tests something
	if !Number.In(sents[0], "") || Number.In(sents[4], "") || !Time.In(sents[1], "") || !Place.In(sents[2], "") || !Duration.In(sents[3], "") || Duration.In(sents[0], "") {
		t.Error("the type tests no longer read these sentences as their kinds")
	}
}
