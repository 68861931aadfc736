package question

import "testing"

// A name asked by a pronoun ("what is his name") is the name of the office
// a person holds that the question named before it; "called who" asks an
// office's holder too. An office no person holds ("a baptism party", "the
// ship") is not what "his" stands for, and a pronoun with no office before
// it asks no office's holder.
func TestPronounNameAsksTheOfficeBefore(t *testing.T) {
	for q, want := range map[string]string{
		"mayor of manta who is killed, what is his name":                    "mayor",
		"the mayor of manta who got shot what was his full name":            "mayor",
		"guerrero mayor shot dead leaving a baptism party, what's his name": "mayor",
		"the union boss spoke on tv, her name is what":                      "boss",
		"venezuela gang leader nickname el negro, his real name is what?":   "gang leader",
		"the director and the mayor met, what is his name":                  "mayor",
		"that mayor of manta was called who":                                "mayor",
		"the attorney general is called what":                               "attorney general",
		"what is his name":                                                  "",
		"the party was on sunday, what was his name":                        "",
		"the ship sank off the coast, what was her name":                    "",
		"the mayor said what his plan is":                                   "",
		"what is the name of his party":                                     "party",
	} {
		if got := NamedRole(q); got != want {
			t.Errorf("NamedRole(%q) = %q, want %q", q, got, want)
		}
	}
}
