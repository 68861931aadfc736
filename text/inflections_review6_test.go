package text

import (
	"slices"
	"testing"
)

// Review 6: a form its base starts with does not hide the form ("hide":
// "hid"), and a regular form that starts with the base and shares its stem
// is not listed ("hide": "hides").
func TestInflectionsReview6(t *testing.T) {
	if got := Inflections("hide"); !slices.Contains(got, "hid") || !slices.Contains(got, "hidden") {
		t.Errorf("Inflections(hide) = %q, want hid and hidden", got)
	}
	if got := Inflections("hide"); slices.Contains(got, "hides") {
		t.Errorf("Inflections(hide) = %q: hides shares the stem", got)
	}
	if got := Inflections("bleed"); !slices.Contains(got, "bled") {
		t.Errorf("Inflections(bleed) = %q, want bled", got)
	}
}

// Inflections promises every form the base's stem does not reach. The
// cheap prefix test in buildInflections assumes a form that starts with
// its base shares its stem, but the stemmer leaves "died" as "died" and
// "die" as "die", "freed" as "fre", "seen" as "seen": a question in the
// base form ("how many inmates die") never gets the story's "died".
func TestInflectionsPrefixFormsReview6(t *testing.T) {
	for base, form := range map[string]string{"die": "died", "see": "seen", "free": "freed", "arise": "arisen", "cancel": "cancelled"} {
		if Stem(form) == Stem(base) {
			t.Fatalf("premise: Stem(%q) == Stem(%q)", form, base)
		}
		if got := Inflections(base); !slices.Contains(got, form) {
			t.Errorf("Inflections(%q) = %q, want %q (stem %q is not %q)", base, got, form, Stem(form), Stem(base))
		}
	}
}
