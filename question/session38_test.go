package question

import "testing"

// PremiseBefore reads a statement and, after it, a question of its own
// pointing back at it and asking whether it holds; anything else is no
// such message.
func TestPremiseBefore(t *testing.T) {
	for _, tc := range []struct {
		q, want string
		ok      bool
	}{
		{"I read somewhere 18 dead. Is that still the number or did it change?", "I read somewhere 18 dead, is that right?", true},
		{"My son says the prison is in Quito. Is he right?", "My son says the prison is in Quito, is that right?", true},
		{"They said 50 died. It is not correct?", "They said 50 died, is that right?", true},
		{"They said 50 died. Is it accurate to say that?", "They said 50 died, is that right?", true},
		{"They said 50 died. Is that figure wrong?", "They said 50 died, is that right?", true},
		// a question before it: nothing stated
		{"How many died? Is that the final number?", "", false},
		// one sentence: Premise's own
		{"they said 50 died, is that right?", "", false},
		// the last sentence asks something else
		{"They said 50 died. How many were soldiers?", "", false},
		{"They said 50 died. Is that because of the gangs?", "", false},
		{"They said 50 died. Is it over now?", "", false},
	} {
		got, ok := PremiseBefore(tc.q)
		if ok != tc.ok || got != tc.want {
			t.Errorf("PremiseBefore(%q) = %q, %v; want %q, %v", tc.q, got, ok, tc.want, tc.ok)
		}
	}
}
