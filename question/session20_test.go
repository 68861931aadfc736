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

// A short question after a question, whether the stories say what it
// asked ("Does the story name them?"), leaves the question before it the
// focus and adds nothing to it; one that asks more ("does the story say
// why he did it") is a question of its own.
func TestSaysItAfterAQuestion(t *testing.T) {
	for _, c := range []struct{ q, focus, claims string }{
		{"Which gangs were involved in the fighting? Does the story name them?", "Which gangs were involved in the fighting?", ""},
		{"How many soldiers were deployed? Does the report give an actual number?", "How many soldiers were deployed?", ""},
	} {
		if f, cl := Split(c.q); f != c.focus || cl != c.claims {
			t.Errorf("Split(%q) = %q, %q; want %q, %q", c.q, f, cl, c.focus, c.claims)
		}
	}
	if f, _ := Split("Who raised the toll? Does the story give his reasons for raising it?"); f == "Who raised the toll?" {
		t.Errorf("a question of its own after a question read as asking nothing")
	}
}
