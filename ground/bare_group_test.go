package ground

import "testing"

// TestBareGroupSubject checks who did what for a body of people named
// without an article ("police"), after a fronted time ("On Tuesday
// police ...") and in a clause after a semicolon: the deed the passage
// gives another is not theirs; the deed it gives them is.
func TestBareGroupSubject(t *testing.T) {
	const p = "Clashes between gangs here began on Saturday. Ecuador's attorney general on Tuesday raised the death toll from the violence from 18 to 31. Footage released by Ecuadorian police showed automatic weapons."
	runEdgeCases(t, []edgeCase{
		{"bare group, another's deed", p, "Police raised the death toll from 18 to 31 [1].", "not of the police"},
		{"bare group, its own deed", p, "Police released footage showing automatic weapons [1].", ""},
		{"fronted time", p, "On Tuesday police raised the death toll from 18 to 31 [1].", "not of the police"},
		{"fronted time, the deed's own doer", p, "On Tuesday the attorney general raised the death toll from 18 to 31 [1].", ""},
		{"after a semicolon", p, "Gang clashes began on Saturday; on Tuesday police raised the death toll from 18 to 31 [1].", "not of the police"},
		{"after a semicolon, the deed's own doer", p, "Gang clashes began on Saturday; on Tuesday the attorney general raised the death toll from 18 to 31 [1].", ""},
	})
}
