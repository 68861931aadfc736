package extract

import (
	"testing"

	"github.com/storybot-dev/storybot/text"
)

// "Found guilty" is a verdict: no form of "find" that "what did the police
// find" asks about. "Police found weapons" and "found dead" are findings.
func TestFoundVerdictIsNoFinding(t *testing.T) {
	find := text.Terms("find")[0]
	for _, tt := range []struct {
		txt  string
		find bool
	}{
		{"Police found weapons and ammunition inside the prison.", true},
		{"Chila was found guilty of murder.", false},
		{"Two guards were found dead in their cells.", true},
		{"The court found him responsible for the massacre.", true}, // "him" stands between: read as a finding
	} {
		if got := withIrregular(text.TermSet(tt.txt), tt.txt)[find]; got != tt.find {
			t.Errorf("%q holds %q: %v, want %v", tt.txt, find, got, tt.find)
		}
	}
}
