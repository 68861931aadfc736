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

// A first-person remark that says again what is asked is kept.
func TestStripAsideRestates(t *testing.T) {
	for _, q := range []string{
		"who won the election, i mean the runoff",
		"what happened, I'm asking about the Quito riot",
		"how many died, I meant in Esmeraldas",
	} {
		if got := StripAside(q); got != q {
			t.Errorf("StripAside(%q) = %q, want it kept whole", q, got)
		}
	}
	if got := StripAside("how many died, I mean it's awful"); got != "how many died, I mean it's awful" {
		t.Errorf("StripAside dropped an \"I mean\" remark: %q", got)
	}
}
