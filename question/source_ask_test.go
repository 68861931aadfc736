package question

import "testing"

// A closing "source?" asks the bot for what every answer gives: it is no
// part of what is asked; a question about a source keeps its words.
func TestSplitDropsSourceAsk(t *testing.T) {
	for q, want := range map[string]string{
		"iirc it was like 50 dead? source?":     "iirc it was like 50 dead?",
		"how many died in the riot. source pls": "how many died in the riot.",
		"who was the source of the leak?":       "who was the source of the leak?",
		"which sources reported the toll?":      "which sources reported the toll?",
	} {
		if got, _ := Split(q); got != want {
			t.Errorf("Split(%q) focus = %q, want %q", q, got, want)
		}
	}
}
