package ground

import "testing"

// "Yesterday", "last week", "ayer" place an event by the reader's day: a
// passage giving a weekday ("on Tuesday") does not support them; one
// saying "yesterday" does.
func TestRelativeDayNeedsThePassagesWords(t *testing.T) {
	const p = "The attorney general on Tuesday raised the death toll from 18 to 31.\n"
	const q = "The attorney general yesterday raised the death toll from 18 to 31. Talks broke down last week.\n"
	runEdgeCases(t, []edgeCase{
		{"yesterday for a weekday", p, "The attorney general raised the toll yesterday [1].", `day: the claim says "yesterday"`},
		{"last week for a weekday", p, "The attorney general raised the toll last week [1].", `day: the claim says "last week"`},
		{"the weekday", p, "The attorney general raised the toll on Tuesday [1].", ""},
		{"yesterday, as the passage says", q, "The attorney general raised the toll yesterday [1].", ""},
		{"last week, as the passage says", q, "Talks broke down last week [1].", ""},
	})
}
