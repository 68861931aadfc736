package text_test

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/text"
)

// A long run of terminators with no space after it is not a sentence end
// anywhere inside it (and is scanned once, not once per character).
func TestLongRunOfTerminators(t *testing.T) {
	run := strings.Repeat("!?", 400) // under MaxSentenceBytes, so it stays whole
	txt := "Start. " + run + "x end. \"Really?!?!\" he asked. Last one."
	got := text.Sentences(txt, 0, len(txt))
	want := []string{"Start.", run + "x end.", "\"Really?!?!\" he asked.", "Last one."}
	if len(got) != len(want) {
		t.Fatalf("%d sentences, want %d", len(got), len(want))
	}
	for i, sp := range got {
		if txt[sp.Start:sp.End] != want[i] {
			t.Errorf("sentence %d = %.40q, want %.40q", i, txt[sp.Start:sp.End], want[i])
		}
	}
}
