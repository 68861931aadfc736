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
