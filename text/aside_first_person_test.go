package text

import "testing"

// An asker's remark about themselves after the question is no part of
// what is asked; a clause that asks again, or a question too short to
// stand alone, is kept.
func TestStripAsideFirstPerson(t *testing.T) {
	for q, want := range map[string]string{
		"what hours is the curfew in Duran, my cousin works nights there": "what hours is the curfew in Duran",
		"how strong was the earthquake in Loja, we felt it here":          "how strong was the earthquake in Loja",
		"battle of hastings was what year again, i always forget":         "battle of hastings was what year again",
		"how many died - I'm asking for my aunt":                          "how many died",
		// Kept: the remark asks again, or little is left before it.
		"what hours is the curfew, my cousin asks when it ends": "what hours is the curfew, my cousin asks when it ends",
		"why, my friend":                 "why, my friend",
		"who shot the mayor, the police": "who shot the mayor, the police", // no first person
		"how many died, mine included":   "how many died, mine included",   // "mine" opens no remark here
	} {
		if got := StripAside(q); got != want {
			t.Errorf("StripAside(%q) = %q, want %q", q, got, want)
		}
	}
}
