package text

import "testing"

// Edges of StripAside: the last comma decides, filler is read in any case,
// a closing "or what?" is still only a tag, and a question word in the
// aside (any case, "how" too) restates the question.
func TestStripAsideEdges_review3(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"how many died in Guayaquil, Ecuador, lol", "how many died in Guayaquil, Ecuador"},
		{"how many cellblocks did they get back, Ngl sounds like a swat map", "how many cellblocks did they get back"},
		{"how long is the state of emergency, like is it a week or what?", "how long is the state of emergency"},
		{"how many inmates escaped, like how many exactly", "how many inmates escaped, like how many exactly"},
		{"who runs the prisons, like WHO is in charge", "who runs the prisons, like WHO is in charge"},
		// A hyphen inside a word is no dash.
		{"how many died in the state-run prison", "how many died in the state-run prison"},
		{"how many guards were in the two-man team", "how many guards were in the two-man team"},
	} {
		if got := StripAside(c.in); got != c.want {
			t.Errorf("StripAside(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
