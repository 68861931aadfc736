package text_test

import (
	"testing"

	"github.com/storybot-dev/storybot/text"
)

func TestEditDistance(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		max  int
		want int
	}{
		{"prison", "prison", 2, 0},
		{"prisom", "prison", 2, 1},       // a substitution
		{"gaurds", "guards", 2, 1},       // a transposition counts one
		{"hostige", "hostage", 2, 1},     //
		{"presidnet", "president", 2, 1}, // transposition
		{"kresident", "president", 2, 1},
		{"wich", "which", 2, 1},       // an insertion
		{"xylophone", "prison", 2, 3}, // past max: max+1
		{"", "abc", 5, 3},
		{"Ñandú", "nandu", 5, 2}, // runes, not bytes
	} {
		if got := text.EditDistance(tt.a, tt.b, tt.max); got != tt.want {
			t.Errorf("EditDistance(%q, %q, %d) = %d, want %d", tt.a, tt.b, tt.max, got, tt.want)
		}
	}
}
