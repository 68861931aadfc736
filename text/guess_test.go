package text

import "testing"

// StripGuess drops a guess after a wh-question, and only a guess: a tail
// that asks again, names another thing to ask about, restricts the
// question, or follows no wh-question is kept.
func TestStripGuess(t *testing.T) {
	for _, c := range []struct{ q, want string }{
		{"how many died, was it like 50?", "how many died?"},
		{"how long is the state of emergency? was it a month?", "how long is the state of emergency?"},
		{"how many soldiers went in, couple hundred?", "how many soldiers went in?"},
		{"roughly how big was the force? a few hundred officers?", "roughly how big was the force?"},
		{"who took the guards - was it the gangs?", "who took the guards?"},
		{"how many were hurt, i think 14", "how many were hurt?"},
		{"when did it start, like saturday?", "when did it start?"},
		{"how many were killed, weren't there 50?", "how many were killed?"},
		{"how long did it last, 3 days", "how long did it last?"},
		{"how long did it last, a few weeks?", "how long did it last?"},
		{"why did they riot, was it the emergency?", "why did they riot?"},
		// kept
		{"how many died, were there injuries too?", "how many died, were there injuries too?"},   // a second question
		{"how many died, and where?", "how many died, and where?"},                               // asks again
		{"how many died, in Guayaquil?", "how many died, in Guayaquil?"},                         // a restriction
		{"was it 50, or 31?", "was it 50, or 31?"},                                               // no wh-question before
		{"did they retake it, was it on saturday?", "did they retake it, was it on saturday?"},   // a yes/no question before
		{"how many died, like where did it happen?", "how many died, like where did it happen?"}, // asks again after a frame
		{"why, was it the gangs?", "why, was it the gangs?"},                                     // a one-word head
		{"who was killed, 2 guards?", "who was killed, 2 guards?"},                               // a quantity, but not after a count
		{"how many died, was it worse than the one in the year before or not", "how many died, was it worse than the one in the year before or not"},
		{"how many died", "how many died"},
	} {
		if got := StripGuess(c.q); got != c.want {
			t.Errorf("StripGuess(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}
