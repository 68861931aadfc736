package question

import (
	"testing"

	"github.com/storybot-dev/storybot/text"
)

// A contraction denies as "not" does ("didn't", "don't know"), in a
// question and in an answer's sentence; a tag question closing a statement
// ("..., isn't he?") asks whether it holds and denies nothing.
func TestContractionsNegate(t *testing.T) {
	for q, want := range map[string]bool{
		"which gang didn't take part?":                                      true,
		"the mother who didn't know if her son was alive, what is her name": true,
		"Lasso is the general director of the SNAI, isn't he?":              false,
		"the toll was 31, wasn't it":                                        false,
		"why isn't the army inside yet?":                                    true,
	} {
		if got := FormOf(q).Negated; got != want {
			t.Errorf("FormOf(%q).Negated = %v, want %v", q, got, want)
		}
	}
	for s, want := range map[string]bool{
		"Now I don't know if he is alive.": true,
		"The guards weren't hurt.":         true,
		"The guards were hurt.":            false,
		"Nobody can't say.":                true,
	} {
		if got := Negates(text.Fold(s)); got != want {
			t.Errorf("Negates(%q) = %v, want %v", s, got, want)
		}
	}
}
