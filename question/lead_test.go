package question

import "testing"

// Lead finds the question proper after what the asker says first, at a
// question word that opens a clause; a question word inside a clause, or
// one the question opens with, is no lead.
func TestLead(t *testing.T) {
	cases := []struct{ q, ask string }{
		{"the candidates promise to fix the prisons, when are the elections?", "when are the elections?"},
		// "30-something" is one word; the spaced " - " is a dash
		{"first I heard 18 dead and then it jumped to 30-something - what's the final death toll", "what's the final death toll"},
		{"My wife swears it was up in Quito, so which city is that prison in", "so which city is that prison in"},
		{"In his statement, to whom did the director attribute it?", "to whom did the director attribute it?"},
		{"this is all happening before the election — when's the vote", "when's the vote"},
		{"ok so i read the story. how many died", "how many died"},
		// the question comes first: what follows is no lead
		{"how'd they get in there, somebody said they blew the doors", ""},
		{"In what country is Normandy located?", ""},
		{"and who was it, the police?", ""},
		// a relative "where"/"who" inside a clause asks nothing
		{"There was another jail where they grabbed the guards as hostages", ""},
		{"the fella who runs the prisons down there", ""},
		// a hyphen inside a word is no break
		{"the so-called what-if scenario", ""},
	}
	for _, c := range cases {
		at := Lead(c.q)
		got := ""
		if at > 0 {
			got = c.q[at:]
		}
		if got != c.ask {
			t.Errorf("Lead(%q): question %q, want %q", c.q, got, c.ask)
		}
	}
}

// AsidesVoice tells the asker's own words (what they heard, think, were
// told) from a headline naming the topic.
func TestAsidesVoice(t *testing.T) {
	for lead, want := range map[string]bool{
		"first I heard 18 dead and then it jumped to 30-something - ": true,
		"My wife swears it was up in Quito, ":                         true,
		"people are saying it was the gangs, ":                        true,
		"Duran curfew — ":                                             false,
		"Esmeraldas jail hostage situation — ":                        false,
		"the candidates promise to fix the prisons, ":                 false,
	} {
		if got := AsidesVoice(lead); got != want {
			t.Errorf("AsidesVoice(%q) = %v, want %v", lead, got, want)
		}
	}
}
