package text

import "testing"

// In a Pidgin message, "be" after a question word is "is" and a "self"
// after a noun is the particle "sef"; neither elsewhere, nor in English.
func TestReadPidginBeside(t *testing.T) {
	for q, want := range map[string]string{
		"wetin be the name of the prison self":                "what is the name of the prison",
		"abeg who be the oga":                                 "who is the boss",
		"abeg the soldiers dey inside, dem go be there long?": "the soldiers is inside, they go be there long?",
		"abeg na him self do am":                              "it is him self do am",
		"what be the name of the prison self":                 "what be the name of the prison self", // no Pidgin word of its own
	} {
		if got := ReadPidgin(q); got != want {
			t.Errorf("ReadPidgin(%q) = %q, want %q", q, got, want)
		}
	}
}
