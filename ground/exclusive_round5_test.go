package ground

import "testing"

// "only" claims nothing else was: the passage must say it too. A passage
// naming weapons among other things doesn't say only weapons were seized.
func TestOnlyMustBeThePassages(t *testing.T) {
	const p = "Police seized automatic weapons, ammunition and explosives.\n"
	runEdgeCases(t, []edgeCase{
		{"the passage says only", "Police seized only automatic weapons.\n", "Police seized only automatic weapons [1].", ""},
		{"just is of its kind", "Police seized just automatic weapons.\n", "Police seized only automatic weapons [1].", ""},
		{"only invented", p, "Police seized only automatic weapons [1].", `quantifier "only"`},
		{"not only adds", p, "Police seized not only automatic weapons but also explosives [1].", ""},
		{"only before a number", "Police seized 14 automatic weapons.\n", "Police seized only 14 automatic weapons [1].", ""},
	})
}

// "only" with a condition or time within four words restricts when
// something happens ("only opens after a fire"); five words on, it is a
// list's "only" again.
func TestOnlyBeforeAConditionRestrictsNoList(t *testing.T) {
	runEdgeCases(t, []edgeCase{
		{"condition fourth word", "The pump runs at busy nights when water is needed.\n", "The pump runs only at busy nights when water is needed [1].", ""},
		{"condition fifth word", "The pump runs at busy night times when water is needed.\n", "The pump runs only at busy night times when water is needed [1].", `quantifier "only"`},
	})
}

// "The passages only call it ..." tells what the text says.
func TestOnlyAfterTheTextIsTalk(t *testing.T) {
	const p = "The port operator said the terminals were closed.\n"
	runEdgeCases(t, []edgeCase{
		{"the passages only", p, "The passages only quote the port operator [1].", ""},
		{"the operator only", p, "The port operator only closed the terminals [1].", `quantifier "only"`},
	})
}
