package ground

import "testing"

// A copula or "have" before what describes the actor ("is not the same
// person", "are part of the immune system", "has the unique ability")
// says what the actor is or has: no deed for the who rule to find. The
// same verbs as auxiliaries ("has penetrated", "is not running") still
// lead to the deed.
func TestDescriptionIsNoDeed(t *testing.T) {
	isName := func(c string) bool {
		return c == "DMSO" || c == "WBCs" || c == "Richards" || c == "Ann" || c == "Lasso"
	}
	for _, tt := range []struct{ claim, deed string }{
		{"DMSO has the unique ability to penetrate skin.", ""},
		{"WBCs are part of the immune system.", ""},
		{"Ann Richards is not the same person as the governor.", ""},
		{"Ann Richards is also the wife of a pianist.", ""},
		{"Lasso is identified as the president of Ecuador.", ""},
		{"Ann Richards was described as a retired teacher.", ""},
		{"Lasso was identified by the police.", "identified"},
		{"DMSO has penetrated the skin.", "penetrated"},
		{"Ann Richards is not running again.", "running"},
		{"Lasso had declared a state of emergency.", "declared"},
		{"WBCs are partly made in the marrow.", "made"},
	} {
		if _, got := actorDeed(tt.claim, isName); got != tt.deed {
			t.Errorf("%q: deed %q, want %q", tt.claim, got, tt.deed)
		}
	}
}
