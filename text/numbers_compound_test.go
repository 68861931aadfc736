package text

import (
	"reflect"
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
