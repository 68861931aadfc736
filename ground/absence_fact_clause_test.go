package ground

import "testing"

// A claim saying what the passages lack and then what they say is checked
// on what it says they say: after "but they say" (no "that"), and after a
// semicolon when the clause has a subject of its own. A clause whose
// subject is still the passages ("but rather describe ...") is talk about
// them.
func TestAbsenceThenFact(t *testing.T) {
	const p = "Lasso has regularly declared states of emergency in the country's prisons as he tries to tackle violence that has surged since 2021, claiming the lives of hundreds of prisoners."
	runEdgeCases(t, []edgeCase{
		{"but they say", p, "The passages don't give an exact figure, but they say the violence has claimed the lives of thousands of prisoners [1].", `quantity "thousands"`},
		{"semicolon fact", p, "The passages don't give an exact figure; the violence has claimed the lives of thousands of prisoners [1].", `quantity "thousands"`},
		{"but they say, faithful", p, "The passages give no exact figure, but they say the violence has claimed the lives of hundreds of prisoners [1].", ""},
		{"they say only that, faithful", p, "The passages don't give a figure; they say only that the violence has claimed the lives of hundreds of prisoners [1].", ""},
		{"talk about the passages", p, "The passages don't give a yearly count, but the exact number isn't stated anywhere [1].", ""},
		{"rather describe", p, "The passages do not give a yearly count, but rather describe the surge in general terms and what the president declared [1].", ""},
	})
}
