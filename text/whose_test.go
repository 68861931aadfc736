package text

import (
	"slices"
	"testing"
)

// The question words are no index terms: "whose" no more than "whom".
func TestQuestionWordsAreNoTerms(t *testing.T) {
	for _, w := range []string{"who", "whom", "whose", "which", "what"} {
		if got := Terms("the office " + w); !slices.Equal(got, []string{"offic"}) {
			t.Errorf("Terms(%q) = %q, want [offic]", "the office "+w, got)
		}
	}
}
