package text

import "testing"

func TestStripAside(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		// A reaction behind a comma, opening with chat filler, goes.
		{"how many cellblocks did they get back in that litoral raid, ngl sounds like a swat map", "how many cellblocks did they get back in that litoral raid"},
		{"whos even the president of ecuador during all this, lowkey forgot", "whos even the president of ecuador during all this"},
		{"how long is the state of emergency, like is it a week or what", "how long is the state of emergency"},
		{"who designed the building - tbh it looks weird", "who designed the building"},
		// An aside that asks again restates the question: kept.
		{"what started the refinery fire, like whats the cause", "what started the refinery fire, like whats the cause"},
		{"who runs the prisons, like who is in charge", "who runs the prisons, like who is in charge"},
		// An aside that opens with a word of the topic is no aside.
		{"how many died in Guayaquil, Ecuador", "how many died in Guayaquil, Ecuador"},
		{"which prisons, the one in Quito or Guayaquil", "which prisons, the one in Quito or Guayaquil"},
		// Too little before the comma to be a question of its own.
		{"wait, lol", "wait, lol"},
		{"death toll, lol", "death toll"},
		{"why tho, like why", "why tho, like why"},
		// No comma, no aside.
		{"how many died lol", "how many died lol"},
	} {
		if got := StripAside(c.in); got != c.want {
			t.Errorf("StripAside(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
