package text

import (
	"slices"
	"testing"
)

// When a word's base form has no entry, the word's own entry is used:
// "abounding" (base "abound") still has its synonyms.
func TestSynonymsFallBackToTheWordItself(t *testing.T) {
	if got := Synonyms("abounding"); !slices.Contains(got, "galore") {
		t.Errorf("Synonyms(abounding) = %q, want it to hold galore", got)
	}
}

// Neither the word nor its base form is listed among its own synonyms.
func TestSynonymsLeaveOutTheBaseForm(t *testing.T) {
	for w, base := range map[string]string{"financing": "finance", "dancing": "dance"} {
		got := Synonyms(w)
		if len(got) == 0 {
			t.Fatalf("Synonyms(%q) is empty", w)
		}
		if slices.Contains(got, base) || slices.Contains(got, w) {
			t.Errorf("Synonyms(%q) = %q, holds the word or its base %q", w, got, base)
		}
	}
}
