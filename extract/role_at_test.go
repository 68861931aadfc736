package extract

import (
	"reflect"
	"regexp"
	"testing"
)

// roleAt finds what `\brole s?\b` finds: whole words, a plural in "s",
// not a word that only starts or ends with the role.
func TestRoleAtMatchesThePattern(t *testing.T) {
	for _, tt := range []struct{ ft, role string }{
		{"guillermo rodriguez is the general director of the snai", "director"},
		{"the directors met; a director, then directorate", "director"},
		{"the attorney general raised the toll", "attorney general"},
		{"codirector and director_x and director.", "director"},
		{"mayors of manta and the mayor", "mayor"},
		{"no role here", "mayor"},
		{"mayor", "mayor"},
		{"mayorss", "mayor"},
	} {
		want := regexp.MustCompile(`\b`+regexp.QuoteMeta(tt.role)+`s?\b`).FindAllStringIndex(tt.ft, -1)
		got := roleAt(tt.ft, tt.role)
		if len(want) == 0 && len(got) == 0 {
			continue
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("roleAt(%q, %q) = %v, want %v", tt.ft, tt.role, got, want)
		}
	}
}
