package question

import (
	"testing"

	"github.com/storybot-dev/storybot/text"
)

// A count question whose counted word is its deed ("how many are
// escaped", "how many ran") counts those who did it: CountDeed gives the
// deed, so a sentence whose number stands by it ("85 inmates fled") is
// preferred to one whose number counts others ("two guards were
// injured"). A toll ("how many people died", "how many got killed") is
// left to the deaths' own rules.
func TestCountDeedOfACountedVerb(t *testing.T) {
	for _, c := range []struct {
		q, deed string // deed: a stem CountDeed must hold, "" for none
	}{
		{"the prison in nigeria where the wall has fallen, how many are escaped?", text.Stem("escape")},
		{"Nigeria the wall fell and prisoners ran, how many ran", text.Stem("run")},
		{"how many inmates escaped", text.Stem("escape")}, // the counted noun's deed, as before
		{"how many people died", ""},
		{"how many ppl got killed", ""},
		{"how many burned", ""},
	} {
		got := CountDeed(c.q)
		if c.deed == "" && got != nil || c.deed != "" && !got[c.deed] {
			t.Errorf("CountDeed(%q) = %v, want %q", c.q, got, c.deed)
		}
	}
}
