package question

import "testing"

func TestCountAsked(t *testing.T) {
	for q, want := range map[string]string{
		"how many dead in total, what is the latest figure": "latest figure",
		"what's the final tally":                            "final tally",
		"what is the number of guards":                      "number",
		"what was the figure":                               "figure",
		"how many died":                                     "",
		"which figure in the gang led the riot":             "", // a person, not a count
	} {
		if got := CountAsked(q); got != want {
			t.Errorf("CountAsked(%q) = %q, want %q", q, got, want)
		}
	}
}
