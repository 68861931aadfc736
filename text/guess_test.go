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
		{"how many died, was it 1,200?", "how many died?"}, // a thousands comma is no break
		{"how many died, was it 2,500 or so?", "how many died?"},
		{"what's the death toll, like 3,000?", "what's the death toll?"},
		// kept
		{"how many died in the riots, in 2023?", "how many died in the riots, in 2023?"}, // restrictions
		{"how many died in total, including the 14 guards?", "how many died in total, including the 14 guards?"},
		{"how many were arrested, in the last 3 days?", "how many were arrested, in the last 3 days?"},
		{"how many died, per day?", "how many died, per day?"},
		{"how many were arrested, about the protests in Quito?", "how many were arrested, about the protests in Quito?"}, // "about" before no quantity opens a topic
		{"how many were arrested, around the capital?", "how many were arrested, around the capital?"},
		{"is that what happened, was it the gangs?", "is that what happened, was it the gangs?"},   // a yes/no question before
		{"how many died, around the 2023 elections?", "how many died, around the 2023 elections?"}, // a number after the frame's noun
		{"what happened in Quito, like on saturday?", "what happened in Quito, like on saturday?"},
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
