package question

import "testing"

// Read takes a plural WordNet gives as "person" ("souls") for "people",
// the word count questions ask with, when the stories don't use it, and
// drops a "poor" of sympathy before a person the stories never call
// poor; not a word the stories use, not a singular, not "poor" before a
// thing.
func TestReadPersonWords(t *testing.T) {
	var rd Reader
	ix := newTermCorpus("The death toll rose from 18 to 31 at the prison.", "Guards were held hostage. Mortals and gods appear in the play.")
	for _, c := range []struct{ q, want string }{
		{"how many souls died in that prison", "how many people died in that prison"},
		{"how many poor souls died", "how many people died"},
		{"were any individuals hurt", "were any people hurt"},
		{"were the poor guards held", "were the guards held"},
		{"how many poor guards were held", "how many poor guards were held"}, // may count the poor (review 30: "how many poor residents")
		{"how many mortals appear", "how many mortals appear"},               // a word the stories use
		{"was a soul hurt", "was a soul hurt"},                               // singular
		{"how many persons died", "how many persons died"},                   // already the word
		{"was the prison poor", "was the prison poor"},                       // no person after it
		{"how many poor prisons are there", "how many poor prisons are there"},
		{"how many guards were hostages", "how many guards were hostages"}, // "hostages" is no "person" synonym
	} {
		if got := rd.Read(ix, c.q); got != c.want {
			t.Errorf("Read(%q) = %q, want %q", c.q, got, c.want)
		}
	}
	// stories that call people poor keep the word
	poor := newTermCorpus("Poor families live near the prison. The death toll rose to 31.")
	if got, want := rd.Read(poor, "how many poor souls died"), "how many poor people died"; got != want {
		t.Errorf("Read(%q) over stories using %q = %q, want %q", "how many poor souls died", "poor", got, want)
	}
}

// RoleAsked reads "what is X in charge of" as asking X's role, only where
// the question ends on it.
func TestRoleAskedInCharge(t *testing.T) {
	for q, want := range map[string]string{
		"what is rodriguez in charge of":           "charge",
		"what's guillermo rodriguez in charge of?": "charge",
		"what is he in charge of":                  "charge",
		"what is rodriguez in charge of now":       "charge", // his role now (review 30)
		"who is in charge of the prison":           "",
		"what is in charge of the prisons":         "",
	} {
		if got := RoleAsked(q); got != want {
			t.Errorf("RoleAsked(%q) = %q, want %q", q, got, want)
		}
	}
}
