package text_test

import (
	"testing"

	"github.com/storybot-dev/storybot/text"
)

// Chat's units of time: "mos" and the singular of "mths".
func TestReview32TimeShorthand(t *testing.T) {
	cases := map[string]string{
		"mos": "months",
		"mth": "month", // the singular of "mths"
	}
	for w, want := range cases {
		if got, ok := text.Shorthand(w); !ok || got != want {
			t.Errorf("Shorthand(%q) = %q, %v; want %q", w, got, ok, want)
		}
	}
}

// A polite lead ends in a question mark or a dash as often as in a comma.
func TestReview32PoliteLeadBeforeAQuestionMarkOrDash(t *testing.T) {
	cases := map[string]string{
		"Can I ask you something? Who is El Tigre?": "Who is El Tigre?",
		"Quick question — who is El Tigre?":         "who is El Tigre?",
	}
	for q, want := range cases {
		if got := text.StripLead(q); got != want {
			t.Errorf("StripLead(%q) = %q, want %q", q, got, want)
		}
	}
}

// Inside the rule: a greeting and a leave stacked; and a leave with no
// stop asks for its object.
func TestReview32PoliteLeadInside(t *testing.T) {
	cases := map[string]string{
		"Bonjour, may I ask, how many inmates died?": "how many inmates died?",
		"may I ask for the names of the gangs?":      "may I ask for the names of the gangs?",
	}
	for q, want := range cases {
		if got := text.StripLead(q); got != want {
			t.Errorf("StripLead(%q) = %q, want %q", q, got, want)
		}
	}
}
