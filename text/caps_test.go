package text

import "testing"

func TestUncap(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"WHEN DID THE RUCKUS START IN THERE..WHAT DAY", "when did the ruckus start in there..what day"},
		{"HOW MANY CONVICTS DIED IN GUAYAQUIL", "how many convicts died in guayaquil"},
		{"WHATS THE 20 ON THAT PRISON", "whats the 20 on that prison"},
		{"HOW MANY DIEd", "how many died"},                         // nine in ten capitals
		{"what is the SNAI", "what is the SNAI"},                   // an acronym in a lower-case question
		{"how many DIED in the riot", "how many DIED in the riot"}, // a shouted word
		{"HOW MANY Died", "HOW MANY Died"},                         // under nine in ten
		{"WHO IS SNAI", "who is snai"},
		{"SNAI DIRECTOR", "SNAI DIRECTOR"}, // two words: may be a name
		{"¿CUÁNTOS MUERTOS HUBO?", "¿cuántos muertos hubo?"},
	} {
		if got := Uncap(tt.in); got != tt.want {
			t.Errorf("Uncap(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// A guess tagged "or what" after a wh-question is the asker's, whatever
// it guesses: "how army go inside, they brake the door or what" asks how
// they went in (tuning writer polish). A tail asking again, or after a
// question of yes or no, stays; a tag of its own ("or whatever lol") is
// the older aside reading's.
func TestStripGuessOrTag(t *testing.T) {
	for q, want := range map[string]string{
		"how army go inside, they brake the door or what":          "how army go inside?",
		"how they entered inside? they blow up something or what":  "how they entered inside?",
		"what did they find, guns or smth":                         "what did they find?",
		"how did they get in, and who let them in or what":         "how did they get in, and who let them in or what",
		"did they get in, they broke the door or what":             "did they get in, they broke the door or what", // no wh-question
		"how did they get in, they broke the door or whatever lol": "how did they get in, they broke the door or whatever lol",
	} {
		if got := StripGuess(q); got != want {
			t.Errorf("StripGuess(%q) = %q, want %q", q, got, want)
		}
	}
}
