package question

import "testing"

// A yes/no question typed without its verb is one; a choice between two
// things is not, unless it asks whether any of them did something.
func TestEllipticYesNo(t *testing.T) {
	for q, want := range map[string]bool{
		"any soldiers or cops killed during the retake?":              true,
		"anyone hurt in the attack?":                                  true,
		"no one arrested yet?":                                        true,
		"and anybody injured?":                                        true,
		"any news":                                                    false, // no question mark: a request, not a question
		"was it the army or the police?":                              false, // which of two
		"were any guards hurt?":                                       true,
		"anything else about the gangs? tell me more":                 false, // the last sentence asks no yes/no
		"which guards were hurt?":                                     false,
		"did they ever find the 7 missing fishermen or nah 😬":         true,
		"was he arrested or not?":                                     true,
		"was he arrested or released?":                                false,
		"did the cops have to blow stuff up or nah, or was it a raid": false,
	} {
		if got := FormOf(q).YesNo; got != want {
			t.Errorf("FormOf(%q).YesNo = %v, want %v", q, got, want)
		}
	}
}
