package text

import (
	"slices"
	"testing"
)

// A noun of two words finds WordNet's other words for it, one word or two,
// in any form of its second word; two words that are no such noun find
// nothing.
func TestCompoundSynonyms(t *testing.T) {
	for _, c := range []struct{ a, b, want string }{
		{"petrol", "bomb", "molotov cocktail"},
		{"petrol", "bombs", "molotov cocktail"},
		{"Prison", "guard", "jailer"},
		{"tear", "gas", "teargas"},
	} {
		if got := CompoundSynonyms(c.a, c.b); !slices.Contains(got, c.want) {
			t.Errorf("CompoundSynonyms(%q, %q) = %q, want %q among them", c.a, c.b, got, c.want)
		}
	}
	if got := CompoundSynonyms("death", "toll"); got != nil {
		t.Errorf("CompoundSynonyms(death, toll) = %q, want none", got)
	}
}
