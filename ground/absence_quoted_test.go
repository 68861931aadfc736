package ground

import "testing"

// An absence claim that quotes what is missing is refuted when a cited
// passage holds the quotation, and passes when none does (found by the
// mutation review: a quoting absence claim was never refuted).
func TestQuotedAbsenceIsRefutedByTheQuote(t *testing.T) {
	const story = "Inmates staged riots over prison food last year. The warden resigned in March."
	for _, c := range []struct {
		claim string
		drop  bool
	}{
		{`The passages don't mention "riots over prison food" [1].`, true},
		{`The passages don't mention "a hunger strike" [1].`, false},
		{`The passages only speak of "riots over prison food" and don't say when [1].`, false},
	} {
		if v := verdictOn(t, story, c.claim); (len(v.Dropped) > 0) != c.drop {
			t.Errorf("%q: dropped %v (%s), want %v", c.claim, len(v.Dropped) > 0, droppedFor(v), c.drop)
		}
	}
}
