package text_test

import (
	"github.com/storybot-dev/storybot/text"
	"testing"
)

// The thirteenth session's second review: a closing "too" or "as well"
// that belongs to the question stays (each case failed at cd9ae2c).
func TestReview13ReviewStrip(t *testing.T) {
	for _, c := range []struct{ q, want string }{
		{"Which actresses joined Me Too?", "Which actresses joined Me Too?"},
		{"Who founded Me Too?", "Who founded Me Too?"},
		{"Did the cheaper vaccine work just as well?", "Did the cheaper vaccine work just as well?"},
		{"Does the generic drug work as well?", "Does the generic drug work as well?"},
	} {
		if got := text.StripRequest(c.q); got != c.want {
			t.Errorf("StripRequest(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}
