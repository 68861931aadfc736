package question

import "testing"

// A question that is only a thing and "name" ("prison name?", "prison boss
// guy name?") asks for a name, by the office when it names one; the same
// words in a longer question ("what did the prison name change to") or a
// bare "name?" ask for no office.
func TestEllipticNameQuestion(t *testing.T) {
	for q, want := range map[string]Kind{
		"prison name?":            Name,
		"prison boss guy name?":   Name,
		"full name?":              Name,
		"how many died":           Number,
		"who named the operation": Person,
	} {
		if got := Classify(q); got != want {
			t.Errorf("Classify(%q) = %v, want %v", q, got, want)
		}
	}
	for q, want := range map[string]string{
		"prison boss guy name?":                "boss",
		"mayor name?":                          "mayor",
		"name?":                                "",
		"what did the boss name the operation": "",
	} {
		if got := NamedRole(q); got != want {
			t.Errorf("NamedRole(%q) = %q, want %q", q, got, want)
		}
	}
}
