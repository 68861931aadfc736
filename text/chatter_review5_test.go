package text

import "testing"

// Each first-person opener of an aside is read as the asker speaking of
// themselves, not only the ones TestStripAsideFirstPerson names.
func TestStripAsideFirstPersonOpeners_review5(t *testing.T) {
	for q, want := range map[string]string{
		"how long is the curfew in Duran, our town is under it too":     "how long is the curfew in Duran",
		"who is the new president of Ecuador, i've been away":           "who is the new president of Ecuador",
		"what time does the curfew start, im not from here":             "what time does the curfew start",
		"how many died in the riot, me and my mom were worried":         "how many died in the riot",
		"is the curfew still on in Quito, we're driving there tomorrow": "is the curfew still on in Quito",
		"how long will the curfew in Quito last, i'd like to visit":     "how long will the curfew in Quito last",
		// A remark about someone else is kept: it may be what is asked.
		"how many died in the riot, their families want to know": "how many died in the riot, their families want to know",
	} {
		if got := StripAside(q); got != want {
			t.Errorf("StripAside(%q) = %q, want %q", q, got, want)
		}
	}
}

// An aside that opens "i mean" restates what is asked ("the runoff", not
// the first round): dropping it answers another question.
func TestStripAsideIMeanRestates_review5(t *testing.T) {
	q := "who won the election, i mean the runoff"
	if got := StripAside(q); got != q {
		t.Errorf("StripAside(%q) = %q, want it kept", q, got)
	}
}
