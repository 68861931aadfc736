package question

import "testing"

// Negated is read in the sentence that asks, not in a remark around it.
func TestNegatedInAskingSentence(t *testing.T) {
	for q, want := range map[string]bool{
		"how many prisin guards does ecuador have? it sounds like not alot": false,
		"I'm not sure I got this right. who won the final??":                false,
		"which gang did not take part?":                                     true,
		"which gang did not take part?? asking for a friend":                true,
		"ok. which inmates were never found? thx":                           true,
		"which inmates were never found":                                    true, // no "?": all of it
		"is it true no one died":                                            false,
	} {
		if got := FormOf(q).Negated; got != want {
			t.Errorf("FormOf(%q).Negated = %v, want %v", q, got, want)
		}
	}
}
