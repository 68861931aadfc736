package ground

import "testing"

// A framing participle is a description only between a copula and "as":
// "was named as the new minister" names no deed, "was named" at the end of
// a claim is the deed (and is read without running past the claim's last
// word), and a framing participle after a word that is no copula ("quickly
// named as his deputy") is the deed.
func TestFramingParticipleEdgesReview8(t *testing.T) {
	isName := func(c string) bool { return c == "Lasso" || c == "Noboa" || c == "Daniel" }
	for _, tt := range []struct{ claim, deed string }{
		{"Lasso was named as the new minister.", ""},
		{"Lasso is known as a hard negotiator.", ""},
		{"Lasso was named.", "named"},
		{"Lasso quickly named as his deputy Daniel Noboa.", "named"},
	} {
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("%q: panic %v", tt.claim, r)
				}
			}()
			if _, got := actorDeed(tt.claim, isName); got != tt.deed {
				t.Errorf("%q: deed %q, want %q", tt.claim, got, tt.deed)
			}
		}()
	}
}
