package question

import "testing"

// "on what date" wants a day: "on 12 May 1999", "on Tuesday"; a bare year
// ("in 1997") does not say on what date.
func TestWhatDateWantsADay(t *testing.T) {
	q := "On what date did the first meeting of the new Parliament take place?"
	for txt, want := range map[string]bool{
		"The first meeting of the new Parliament took place on 12 May 1999.":                   true,
		"Parliament first met on May 12, 1999.":                                                true,
		"The attorney general raised the toll on Tuesday.":                                     true,
		"Following a referendum in 1997, the current Parliament was convened by the Act 1998.": false,
		"The Parliament met in May.":                                                           false,
	} {
		if got := Time.InAnswer(txt, q); got != want {
			t.Errorf("Time.InAnswer(%q, what date) = %v, want %v", txt, got, want)
		}
	}
	// "when" still takes a year.
	if !Time.InAnswer("Following a referendum in 1997, the Parliament was convened.", "when was the parliament convened") {
		t.Error("a year does not answer 'when'")
	}
}
