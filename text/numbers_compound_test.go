package text

import (
	"reflect"
	"slices"
	"testing"
)

// Number words after a scale join it from a hundred up ("one hundred
// five" is 105); "dozen" after a scale is a count of its own.
func TestNumbersCompoundAfterScale(t *testing.T) {
	for in, want := range map[string][]string{
		"one hundred five":       {"105"},
		"two hundred twenty":     {"220"},
		"two hundred dozen eggs": {"200", "12"},
	} {
		if got := Numbers(in); !reflect.DeepEqual(got, want) {
			t.Errorf("Numbers(%q) = %q, want %q", in, got, want)
		}
	}
}

// Scales multiply what comes before them, and a remainder after one adds,
// with or without "and": the whole figure, not its pieces.
func TestNumbersScalesAndRemainders(t *testing.T) {
	for in, want := range map[string][]string{
		"members voted one thousand two hundred and fourteen to ninety-six": {"1214", "96"},
		"one thousand two hundred":           {"1200"},
		"two hundred and one":                {"201"},
		"three thousand and five":            {"3005"},
		"nine hundred ninety-nine":           {"999"},
		"two million three hundred thousand": {"2300000"},
		"fifteen hundred":                    {"1500"},
		"in 2021 two hundred prisoners":      {"2021", "200"},
		"two hundred and some more":          {"200"},
	} {
		if got := Numbers(in); !slices.Equal(got, want) {
			t.Errorf("Numbers(%q) = %q, want %q", in, got, want)
		}
	}
}

// Two figures joined by "and" stay two; a larger scale after a smaller
// one multiplies the whole.
func TestNumbersTwoFiguresAndScalesOfScales(t *testing.T) {
	for in, want := range map[string][]string{
		"between three hundred and four hundred people": {"300", "400"},
		"two thousand and three thousand":               {"2000", "3000"},
		"five hundred and eight hundred":                {"500", "800"},
		"one thousand million dollars":                  {"1000000000"},
		"two hundred and thirty thousand":               {"230000"},
	} {
		if got := Numbers(in); !slices.Equal(got, want) {
			t.Errorf("Numbers(%q) = %q, want %q", in, got, want)
		}
	}
}

// Second review: figures joined by "and" after a completed thousand or
// million stay apart when the next reaches that scale again.
func TestNumbersFiguresOfThousandsReview10(t *testing.T) {
	for in, want := range map[string][]string{
		"two hundred thousand and three hundred thousand":   {"200000", "300000"},
		"five hundred thousand and two million":             {"500000", "2000000"},
		"seven thousand million and three thousand million": {"7000000000", "3000000000"},
		"two hundred thousand and five":                     {"200005"},
		"one thousand million and two thousand":             {"1000002000"},
		"nine hundred and ninety-nine thousand":             {"999000"},
		"one thousand two hundred and fourteen":             {"1214"},
	} {
		if got := Numbers(in); !slices.Equal(got, want) {
			t.Errorf("Numbers(%q) = %q, want %q", in, got, want)
		}
	}
}
