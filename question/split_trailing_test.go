package question

import "testing"

// A question followed by the asker's own statement, typed without a capital,
// is read as the question; the statement is said around it.
func TestSplitQuestionThenStatement(t *testing.T) {
	for _, c := range []struct{ q, focus, claims string }{
		{"who invented packet switching? my son works with computers", "who invented packet switching?", "my son works with computers"},
		{"please how many people died in the riot?? my nephew is there", "please how many people died in the riot??", "my nephew is there"},
		{"ok. who runs the prisons? i heard it on tv", "who runs the prisons?", "ok. i heard it on tv"},
		// The rest asks again: no statement to split off.
		{"who runs the prisons? and where is he from", "who runs the prisons? and where is he from", ""},
		// Too short to be a question of its own.
		{"really? i mean it", "really? i mean it", ""},
		// Ends with the question: as before.
		{"The toll was 31. How many died?", "How many died?", "The toll was 31."},
	} {
		focus, claims := Split(c.q)
		if focus != c.focus || claims != c.claims {
			t.Errorf("Split(%q) = %q, %q; want %q, %q", c.q, focus, claims, c.focus, c.claims)
		}
	}
}
