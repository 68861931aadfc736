package question

import "testing"

// A name question may put a word before "name" ("the attorney general's
// actual name", "the mayor's real name"): it still asks for a name next to
// the office; an adjective of something else is no name question.
func TestNamedRoleWithAnAdjective(t *testing.T) {
	for q, want := range map[string]string{
		"what is the attorney general's actual name": "attorney general",
		"whats the mayor's real name":                "mayor",
		"what is the director's full name":           "director",
		"attorney general's actual name?":            "attorney general",
		"what is the attorney general's actual job":  "",
		"what is the mayor's actual age":             "",
	} {
		if got := NamedRole(q); got != want {
			t.Errorf("NamedRole(%q) = %q, want %q", q, got, want)
		}
	}
}
