package ground

import "testing"

// A rounding ("about 200") may fall either side of its number: a claim
// that bounds it ("more than 200", "nearly 200") says what the passage
// doesn't. The same bound, or the rounding kept, passes.
func TestBoundOfARoundingIsNotSaid(t *testing.T) {
	const about = "Volunteers handed out blankets to about 200 families.\n"
	const over = "Volunteers handed out blankets to more than 200 families.\n"
	runEdgeCases(t, []edgeCase{
		{"the rounding kept", about, "Volunteers gave blankets to about 200 families [1].", ""},
		{"another rounding word", about, "Volunteers gave blankets to roughly 200 families [1].", ""},
		{"a bound above", about, "Volunteers gave blankets to more than 200 families [1].", "precision"},
		{"a bound below", about, "Volunteers gave blankets to nearly 200 families [1].", "precision"},
		{"the passage's own bound", over, "Volunteers gave blankets to more than 200 families [1].", ""},
	})
}
