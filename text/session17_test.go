package text

import (
	"strings"
	"testing"
)

// The count of the dead, however a question calls it, is read as the
// news's "death toll"; other counts stay as asked.
func TestRephraseDeathCount(t *testing.T) {
	for _, tt := range []struct {
		q    string
		toll bool
	}{
		{"who said the number of deaths? the police?", true},
		{"Which official announced the higher number of dead?", true},
		{"who gave out the figure for the dead", true},
		{"Whats the body count as of now", true},
		{"what is the fatality count", true},
		{"who say dead number go up", true},
		{"the number of dead people is how many", true},
		{"the number of dead in Guayaquil", true},
		{"the number of prisoners in the Litoral", false},
		{"he faces two counts of murder", false},
		{"what is the number of the dead guard's cell", false},
	} {
		if got := strings.Contains(Rephrase(tt.q), "death toll"); got != tt.toll {
			t.Errorf("%q: read %q, death toll %v, want %v", tt.q, Rephrase(tt.q), got, tt.toll)
		}
	}
}

// The exclamations of British and Scottish chat are filler: "bloody hell
// how many deid" asks how many died. Words of a topic are not.
func TestBritishExclamationsAreFiller(t *testing.T) {
	for _, w := range []string{"bloody", "hell", "blimey", "jeez", "och", "innit"} {
		if !IsChatFiller(w) {
			t.Errorf("%q: not chat filler", w)
		}
	}
	for _, w := range []string{"blood", "prison", "dead"} {
		if IsChatFiller(w) {
			t.Errorf("%q: chat filler", w)
		}
	}
}
