package text

import (
	"slices"
	"testing"
)

// Inflections gives the forms a base form's stem misses, and nothing the
// stem already reaches.
func TestInflections(t *testing.T) {
	for base, want := range map[string]string{"begin": "began", "flee": "fled", "fight": "fought", "take": "took", "Begin": "began"} {
		if got := Inflections(base); !slices.Contains(got, want) {
			t.Errorf("Inflections(%q) = %q, want it to hold %q", base, got, want)
		}
	}
	for base, not := range map[string]string{"kill": "killed", "prison": "prisons", "begin": "begins"} {
		if got := Inflections(base); slices.Contains(got, not) {
			t.Errorf("Inflections(%q) = %q: %q shares the stem and is no irregular form", base, got, not)
		}
	}
	if got := Inflections("zzyzx"); len(got) != 0 {
		t.Errorf("Inflections of an unknown word = %q, want none", got)
	}
	// Each form listed is a form of its base: Lemma reads it back.
	for base, forms := range inflections {
		for _, f := range forms {
			if _, ok := lexGet(lexLemmas, f); !ok { // not Lemma: TestLemmaSeen needs "fled" unasked
				t.Fatalf("Inflections(%q) lists %q, which the lemma table does not lead back", base, f)
			}
		}
	}
}

func BenchmarkBuildInflections(b *testing.B) {
	for b.Loop() {
		buildInflections()
	}
}
