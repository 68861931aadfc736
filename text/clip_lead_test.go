package text

import "testing"

// Clip leaves a string of exactly n runes whole.
func TestClipExactLength(t *testing.T) {
	if got := Clip("abc", 3); got != "abc" {
		t.Errorf("Clip(abc, 3) = %q, want abc", got)
	}
	if got := Clip("abcd", 3); got != "abc…" {
		t.Errorf("Clip(abcd, 3) = %q, want abc…", got)
	}
}

// A message of nothing but a greeting is kept as typed, not emptied.
func TestStripLeadKeepsGreetingAlone(t *testing.T) {
	for _, q := range []string{"hey!", "ok, ", "so, um, "} {
		if got := StripLead(q); got != q {
			t.Errorf("StripLead(%q) = %q, want it unchanged", q, got)
		}
	}
}
