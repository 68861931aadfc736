package question

import "testing"

// The deed of a relative clause after an office picks its holder out; a
// light verb, the office's own deeds and talk do not.
func TestRoleDeed(t *testing.T) {
	for _, c := range []struct{ q, role, want string }{
		{"who's the attorney general who announced the new death toll? need a name.", "attorney general", "announced"},
		{"what is the name of the mayor who was shot", "mayor", "shot"},
		{"what was the name of the mayor of manta who got shot?", "mayor", "shot"},
		{"the judge that presided over the case, what is the judge's name", "judge", "presided"},
		{"what is the name of the attorney general who gave the number of dead?", "attorney general", ""},
		{"whos the prison service boss that spoke", "boss", ""},
		{"whos the prison service boss that said it was decisive", "boss", ""},
		{"who is the director who runs the prisons", "director", ""},
		{"what is the name of the attorney general", "attorney general", ""},
		{"what is the name of the mayor who is new", "mayor", ""},
	} {
		if got := RoleDeed(c.q, c.role); got != c.want {
			t.Errorf("RoleDeed(%q, %q) = %q, want %q", c.q, c.role, got, c.want)
		}
	}
}

// The office is found where its word begins: "head" is not in "ahead".
func TestRoleDeedWholeWord(t *testing.T) {
	if got := RoleDeed("they went ahead who shot the mayor, the head who resigned", "head"); got != "resigned" {
		t.Errorf("RoleDeed = %q, want resigned (the office's own word, not ahead's)", got)
	}
}
