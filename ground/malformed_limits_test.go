package ground

import (
	"strings"
	"testing"
)

// A reply of exactly MaxReplyRunes is not too long.
func TestReplyAtMaxRunes(t *testing.T) {
	if r := malformed(strings.Repeat("é", MaxReplyRunes)); r != "" {
		t.Errorf("a reply of %d runes: %q, want it accepted", MaxReplyRunes, r)
	}
	if r := malformed(strings.Repeat("é", MaxReplyRunes+1)); !strings.Contains(r, "too long") {
		t.Errorf("a reply of %d runes: %q, want too long", MaxReplyRunes+1, r)
	}
}

// A phrase of eight words three times, in different sentences, is not a
// loop; four times is.
func TestLoopNeedsFourRepeats(t *testing.T) {
	phrase := "the police and the army entered the prison"
	var b strings.Builder
	for _, end := range []string{"at dawn", "at noon", "at night", "on Monday"} {
		b.WriteString(phrase + " " + end + " [1]. ")
		if end == "at night" {
			if r := malformed(b.String()); r != "" {
				t.Errorf("three repeats: %q, want accepted", r)
			}
		}
	}
	if r := malformed(b.String()); !strings.Contains(r, "repeats itself") {
		t.Errorf("four repeats: %q, want a loop", r)
	}
}
