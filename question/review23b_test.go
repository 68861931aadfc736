package question

import "testing"

// Review 23b: NamedRole of name questions as chat types them (folded, after
// shorthand is expanded), and of questions that ask no name of an office
// or group.
func TestReview23bNamedRole(t *testing.T) {
	for _, c := range []struct{ q, want, why string }{
		{"what was the murdered mayors name", "mayor", "a word before the office, possessive without apostrophe"},
		{"what is the new prison directors name", "director", "two words before the office still ask the director's name"},
		{"what are the gang names", "gang", "the group as a noun modifier, plural names"},
		{"what were the inmates names", "inmate", "plural possessive without apostrophe"},
		{"what were the dead guards names", "guard", "an adjective before a plural office"},
		{"what is the warden's name", "warden", "plain possessive"},
		{"what is this guards name", "guard", "a determiner other than the"},
		{"what was the operation's name", "operation", "a named operation is asked"},
		{"what are the victims names", "victim", "names of the victims"},
		{"what was the name of the mayor of manta", "mayor", "name of the office"},
		{"what is the gang leaders name", "gang leader", "the office is gang leader, not leader"},
		{"what is the mayor of manta's name", "mayor", "the possessive closes the office's phrase"},
		{"what is the name of the prison", "", "a prison is no office or group"},
		{"what is the prison name", "", "a prison is no office or group"},
		{"what are the gangs fighting about", "", "no name asked"},
		{"what are the chief causes of the riot", "", "chief as an adjective, no name asked"},
		{"what are the names", "", "no office or group named"},
		{"what is the mayors name mean", "mayor", "still asks about the mayor's name"},
	} {
		if got := NamedRole(c.q); got != c.want {
			t.Errorf("NamedRole(%q) = %q, want %q (%s)", c.q, got, c.want, c.why)
		}
	}
}
