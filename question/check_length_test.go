package question

import (
	"strings"
	"testing"
)

// Question length: exactly MaxRunes runes is allowed, one more is not.
func TestCheckAtMaxRunes(t *testing.T) {
	if _, err := Check(strings.Repeat("é", MaxRunes)); err != nil {
		t.Errorf("Check of %d runes: %v", MaxRunes, err)
	}
	if _, err := Check(strings.Repeat("é", MaxRunes+1)); err != ErrTooLong {
		t.Errorf("Check of %d runes: %v, want ErrTooLong", MaxRunes+1, err)
	}
}
