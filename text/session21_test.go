package text

import "testing"

// A laugh or a groan inside a chat question ends it: the words after it
// are the asker's remark ("sounds like a pokemon"), unless they carry the
// question on ("or just hurt") or ask again; a laugh at the end, or one
// with fewer than two words before it, is left to the filler rules.
func TestLaughEndsTheQuestion(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"whats snai lmaooo sounds like a pokemon", "whats snai"},
		{"how many died lol thats crazy", "how many died"},
		{"how many died smh this is insane", "how many died"},
		{"who runs the prison haha wild guy", "who runs the prison"},
		{"did anyone die lol or just hurt", "did anyone die lol or just hurt"},
		{"how many died lol", "how many died lol"},
		{"how many died lol which prison was it", "how many died lol which prison was it"},
		{"snai lol what is it", "snai lol what is it"},
		{"ok lol the prison riot", "ok lol the prison riot"}, // a lead, not a question before the laugh
		{"who is the lolita author", "who is the lolita author"},
	} {
		if got := StripAside(c.in); got != c.want {
			t.Errorf("StripAside(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
