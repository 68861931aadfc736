package ground

import "testing"

// "No X appears in the passages" and "X does not appear in the passages"
// say what the passages lack, as "no X is mentioned" does (and, like it,
// are not read for whether the passages say X after all).
func TestAbsenceAppearsNowhere(t *testing.T) {
	const p = "Guillermo Rodriguez is the general director of the SNAI. He said the operation had been decisive.\n"
	runEdgeCases(t, []edgeCase{
		{"no X appears in", p, "No comment from President Lasso on the operation appears in the passages [1].", ""},
		{"does not appear in", p, "A comment by President Lasso does not appear in the passages [1].", ""},
	})
	for _, s := range []string{"No comment from President Lasso on the operation appears in the passages.", "Lasso's view does not appear in these sources."} {
		if !absenceRE.MatchString(s) {
			t.Errorf("%q: no absence read", s)
		}
	}
	if absenceRE.MatchString("No one appeared in court on Monday.") {
		t.Error(`"No one appeared in court" read as an absence of the passages`)
	}
}
