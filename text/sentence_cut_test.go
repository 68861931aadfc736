package text

import (
	"reflect"
	"testing"
)

// An over-long run with its only space in its first half is cut at the
// limit (a rune boundary), not back at that early space.
func TestAppendCutIgnoresEarlySpace(t *testing.T) {
	txt := "ab cdefghijklmnopqrstuvwxyz"
	got := AppendCut(nil, txt, 0, len(txt), 10)
	want := []Span{{0, 10}, {10, 20}, {20, 27}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("AppendCut(%q, 10) = %v, want %v", txt, got, want)
	}
}

// A capital initial followed by a number does not end the sentence:
// "J. 5" reads as part of one sentence.
func TestInitialBeforeNumberDoesNotEndSentence(t *testing.T) {
	for _, s := range []string{"He met J. 5 times.", "Plan B. 2020 was a good year."} {
		if got := Sentences(s, 0, len(s)); len(got) != 1 {
			t.Errorf("Sentences(%q) = %d sentences %v, want 1", s, len(got), got)
		}
	}
}
