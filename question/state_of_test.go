package question

import "testing"

// "State", "claim" and "report" are instructions only opening the question
// or before "that"; "a state of emergency" is the topic. A question part
// after a "?" opening on a preposition before its question word ("for how
// long") asks, and is kept with the rest.
func TestStateOfIsTopic(t *testing.T) {
	for _, tt := range []struct{ q, focus, claims string }{
		{"how long is the state of emergency", "how long is the state of emergency", ""},
		{"state that 31 died", "31 died", ""},
		{"report the toll", "the toll", ""},
		{"please report that the prison is calm", "the prison is calm", ""},
		{"what does the report show about guards", "what does the report show about guards", ""},
		{"wait so they declared a state of emergency? for how long", "wait so they declared a state of emergency? for how long", ""},
		{"who runs the prisons? i heard it on tv", "who runs the prisons?", "i heard it on tv"},
	} {
		f, c := Split(tt.q)
		if f != tt.focus || c != tt.claims {
			t.Errorf("Split(%q) = %q, %q; want %q, %q", tt.q, f, c, tt.focus, tt.claims)
		}
	}
}
