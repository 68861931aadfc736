package question

import "testing"

// "who is even the president", "whos actually the mayor": an adverb
// between "who is" and the office still asks for its holder.
func TestRoleAfterAnAdverb(t *testing.T) {
	for q, role := range map[string]string{
		"who is even the president of ecuador during all this": "president",
		"whos actually the mayor of manta":                     "mayor",
		"who is currently the director of the snai":            "director",
	} {
		m := Role(q)
		if m == nil || m[6] != role {
			t.Errorf("Role(%q) = %q, want the office %q", q, m, role)
		}
	}
	if m := Role("who is even talking about the president"); m != nil {
		t.Errorf("Role(who is even talking about the president) = %q, want none", m)
	}
}
