package text

import "testing"

// "do you know the X" asks for the X, not whether the bot knows it; a
// thanks after it asks nothing. "do you know if/who ..." are other frames,
// and "do you know the guards were released" a claim to confirm.
func TestStripRequestKnowThing(t *testing.T) {
	for q, want := range map[string]string{
		"do you know the death toll": "what is the death toll",
		"Do you know the names of the gangs that were fighting each other? Thanks in advance.": "what is the names of the gangs that were fighting each other?",
		"do you know the guards were released":                                                 "do you know the guards were released",
		"does anyone know the reason for the riot":                                             "what is the reason for the riot",
		"do you know if anyone died":                                                           "do you know if anyone died",
		"do you know anything about the riot":                                                  "do you know anything about the riot",
		"do you know the names? the gangs, I mean":                                             "what is the names? the gangs, I mean",
	} {
		if got := StripRequest(q); got != want {
			t.Errorf("StripRequest(%q) = %q, want %q", q, got, want)
		}
	}
}
