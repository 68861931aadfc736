package text

import "testing"

// What others are said to say, tacked on after the question, is a claim
// the answer may correct, not what is asked; a clause that asks again
// is kept, and so is one about people that is no hearsay.
func TestStripAsideHearsay(t *testing.T) {
	for q, want := range map[string]string{
		"how'd they even get in there, somebody on the radio said they blew the doors off": "how'd they even get in there",
		"how many died in Guayaquil - people are saying 50":                                "how many died in Guayaquil",
		"who ran the prison, apparently a general":                                         "who ran the prison",
		// Kept: it asks again, or names who is asked about.
		"how many died, someone asked who counted them": "how many died, someone asked who counted them",
		"how many were held, the guards or the staff":   "how many were held, the guards or the staff",
	} {
		if got := StripAside(q); got != want {
			t.Errorf("StripAside(%q) = %q, want %q", q, got, want)
		}
	}
}
