package question

import "testing"

// "The name of the facility" asks for the name a facility goes by, as
// "the name of the ship" does: a name must stand next to the word.
func TestNamedRoleOfAFacility(t *testing.T) {
	for q, want := range map[string]string{
		"what is the name of the maximum-security facility to which the leaders were transferred": "facility",
		"what is the name of the detention center in quito":                                       "center",
		"what is the prison complex called":                                                       "complex",
		"what is the name of the ship":                                                            "ship",
		"how many inmates does the facility hold":                                                 "",
	} {
		if got := NamedRole(q); got != want {
			t.Errorf("NamedRole(%q) = %q, want %q", q, got, want)
		}
	}
}
