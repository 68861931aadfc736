package question

import "testing"

// "what Rodriguez said about ..." asks his words as "what did Rodriguez
// say" does; what a story or an article says is no one's statement.
func TestBareSaid(t *testing.T) {
	for q, want := range map[string]bool{
		"what Rodriguez said about the human rights? i need a quote": true,
		"and what he has said about the operation?":                  true,
		"what the director says on the operation":                    true,
		"what the story says about the human rights":                 false,
		"what the article said about the riot":                       false,
		"what happened after rodriguez spoke":                        false,
	} {
		if got := FormOf(q).Said; got != want {
			t.Errorf("FormOf(%q).Said = %v, want %v", q, got, want)
		}
	}
}
