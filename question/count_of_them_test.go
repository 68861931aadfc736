package question

import "testing"

// "recaptured 31 of them" counts what the story named before, whatever the
// question calls it; "one of them" is one of them, not a count; a number
// with no "of them" still needs the counted word near it.
func TestCountOfThem(t *testing.T) {
	counted := Counted("how many of the escapees got caught")
	if !CountNear("Guards and police had recaptured 31 of them by Wednesday afternoon.", counted) {
		t.Error("31 of them: not a count of the escapees")
	}
	if !CountNear("Police caught 12 of those who fled.", counted) {
		t.Error("12 of those: not a count")
	}
	if CountNear("Police said one of them was armed.", counted) {
		t.Error("one of them: read as a count")
	}
	if CountNear("A search began at 11 p.m. for them.", counted) {
		t.Error("a time with 'for them' read as a count")
	}
	if CountNear("31 officers of the unit took part.", counted) {
		t.Error("31 officers: read as a count of escapees")
	}
}
