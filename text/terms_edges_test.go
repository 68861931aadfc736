package text

import (
	"reflect"
	"testing"
)

// A period or comma inside a word is kept only between digits: "3.a" is
// two words, "5.6" one number.
func TestWordsNumberPunctuationNeedsDigitAfter(t *testing.T) {
	got := Words("3.a 4,b 5.6 7,000")
	want := []string{"3", "a", "4", "b", "5.6", "7000"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Words = %q, want %q", got, want)
	}
}

// Two-letter words are terms; single letters are not (digits are).
func TestTermsKeepTwoLetterWords(t *testing.T) {
	got := Terms("UN vote x 7")
	want := []string{"un", "vote", "7"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Terms = %q, want %q", got, want)
	}
}

// The stemmer leaves short words their body: suffix rules apply only past
// their minimum lengths.
func TestStemShortWords(t *testing.T) {
	for w, want := range map[string]string{
		"ties":   "tie",   // -ies needs five letters
		"cities": "city",  // ... which "cities" has
		"being":  "being", // -ing needs six letters
		"thing":  "thing",
		"adds":   "add", // a doubled final consonant stays on three letters
		"added":  "add",
	} {
		if got := Stem(w); got != want {
			t.Errorf("Stem(%q) = %q, want %q", w, got, want)
		}
	}
}
