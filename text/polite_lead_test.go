package text_test

import (
	"testing"

	"github.com/storybot-dev/storybot/text"
)

// A question may open by asking leave to ask, or with a greeting in
// another language: both go, as "hello" and "ok so" do.
func TestStripPoliteLead(t *testing.T) {
	for q, want := range map[string]string{
		"Hello, may I ask, this prison in the news, where it is?": "this prison in the news, where it is?",
		"can I ask you something, how many died":                  "how many died",
		"quick question: who raised the toll":                     "who raised the toll",
		"salut! la prison, which city?":                           "la prison, which city?",
		"may I ask":                                               "may I ask",
		"may I ask for the names of the dead":                     "may I ask for the names of the dead",
	} {
		if got := text.StripLead(q); got != want {
			t.Errorf("StripLead(%q) = %q, want %q", q, got, want)
		}
	}
}
