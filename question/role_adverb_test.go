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
		if got, _ := Office(q); got != role {
			t.Errorf("Office(%q) = %q, want the office %q", q, got, role)
		}
	}
	if got, _ := Office("who is even talking about the president"); got != "" {
		t.Errorf("Office(who is even talking about the president) = %q, want none", got)
	}
}
