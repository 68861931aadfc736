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

// The asker's frame before a question word goes; before anything else it
// stays, and a question word inside the question is no frame's end.
func TestStripRequest(t *testing.T) {
	for q, want := range map[string]string{
		"i want to know how many died":                 "how many died",
		"I'd like to know who the director is":         "who is the director",
		"i’d love to know where it was":                "where it was",
		"we need to find out when it started":          "when it started",
		"i'm curious how many died":                    "how many died",
		"im just wondering what happened":              "what happened",
		"I was wondering, who retook the prison":       "who retook the prison",
		"i wonder why they did it":                     "why they did it",
		"can you please tell me how many died":         "how many died",
		"could u tell us where":                        "where",
		"tell me which prison it was":                  "which prison it was",
		"does anyone know how many died":               "how many died",
		"i want to know if the army retook the prison": "i want to know if the army retook the prison",
		"tell me about the riot":                       "tell me about the riot",
		"i want the death toll":                        "i want the death toll",
		"how many died, i want to know":                "how many died, i want to know",
		"i know how many died":                         "i know how many died",
		"they want to know how many died":              "they want to know how many died",
		"want to know how many died":                   "how many died",
		"wanna know how many died":                     "how many died",
		"somebody know how many died":                  "how many died",
		"can say how many die":                         "how many die", // "me puedes decir" read into English
		"let me know who the director is":              "who is the director",
		"can someone tell me how many died":            "how many died",
		"do you guys know who the director is":         "who is the director",
	} {
		if got := text.StripRequest(q); got != want {
			t.Errorf("StripRequest(%q) = %q, want %q", q, got, want)
		}
	}
}

// The asker's frame closing a question ("would you know", "at all", "by
// any chance") asks nothing of the topic, and "would you know" opens a
// question as "do you know" does; a question's own "not at all" or "any
// at all" stays, as does a question too short to be more than the frame.
func TestStripRequestTrailingFrame(t *testing.T) {
	for _, c := range []struct{ q, want string }{
		{"whats his full name would you know", "whats his full name?"},
		{"was anyone hurt in that at all", "was anyone hurt in that?"},
		{"was anyone hurt in that, would you know at all?", "was anyone hurt in that?"},
		{"who raised the toll by any chance", "who raised the toll?"},
		{"is there an election coming up over there as well or am I mixing it up with somewhere else", "is there an election coming up?"},
		{"were guards held hostage too", "were guards held hostage too"},
		{"which actresses joined Me Too?", "which actresses joined Me Too?"},
		{"does the generic drug work as well?", "does the generic drug work as well?"},
		{"were guards hurt as well as inmates", "were guards hurt as well as inmates"},
		{"did they retake the prison or is it just me", "did they retake the prison?"},
		{"is that true or am I thinking of some film, how did they get in", "is that true or am I thinking of some film, how did they get in"},
		{"did they retake the prison or the jail", "did they retake the prison or the jail"},
		{"would you know what its called", "what its called"},
		{"were they hurt not at all", "were they hurt not at all"},
		{"was there any at all", "was there any at all"},
		{"who knows at all", "who knows at all"},
	} {
		if got := text.StripRequest(c.q); got != c.want {
			t.Errorf("StripRequest(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}

// Nigerian Pidgin's "wetin" reads as "what"; "dem" is left alone, for it
// is a Democrat too ("Two Dem senators").
func TestPidginShorthand(t *testing.T) {
	if got, ok := text.Shorthand("wetin"); !ok || got != "what" {
		t.Errorf("Shorthand(wetin) = %q, %v; want what", got, ok)
	}
	if got, ok := text.Shorthand("dem"); ok {
		t.Errorf("Shorthand(dem) = %q; want none", got)
	}
	for _, w := range []string{"abeg", "sef", "abi"} {
		if !text.IsChatFiller(w) {
			t.Errorf("IsChatFiller(%q) = false", w)
		}
	}
}
