package text_test

import (
	"testing"

	"github.com/storybot-dev/storybot/text"
)

func TestStripLead(t *testing.T) {
	for in, want := range map[string]string{
		"ok so how many died":          "how many died",
		"yo how many died":             "how many died",
		"wait, what was the number":    "what was the number",
		"and the guards?":              "the guards?",
		"How many died?":               "How many died?",
		"ok":                           "ok", // nothing follows: left as typed
		"okra prices?":                 "okra prices?",
		"so what":                      "what",
		"Hello":                        "Hello",
		"well-known gangs in the jail": "well-known gangs in the jail", // a hyphen joins: not a marker
	} {
		if got := text.StripLead(in); got != want {
			t.Errorf("StripLead(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestIsChatFiller(t *testing.T) {
	for w, want := range map[string]bool{"lol": true, "ngl": true, "tho": true, "died": false, "prison": false, "bowl": false} {
		if got := text.IsChatFiller(w); got != want {
			t.Errorf("IsChatFiller(%q) = %v, want %v", w, got, want)
		}
	}
}
