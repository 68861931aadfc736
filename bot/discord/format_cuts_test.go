package discord

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// truncate keeps at most n runes, the ellipsis included.
func TestTruncateKeepsN(t *testing.T) {
	t.Parallel()
	if got := truncate("abcdef", 4); got != "abc…" {
		t.Errorf("truncate(abcdef, 4) = %q, want abc…", got)
	}
}

// trimWords cuts back to a space only in the last fifth: an early space
// is not worth losing most of the text.
func TestTrimWordsOnlyLateSpaces(t *testing.T) {
	t.Parallel()
	s := "aaaa " + strings.Repeat("b", 30)
	got := trimWords(s, 20)
	if want := "aaaa " + strings.Repeat("b", 14) + "…"; got != want {
		t.Errorf("trimWords = %q, want %q", got, want)
	}
}

// A text of exactly the limit is one message.
func TestSplitTextAtTheLimit(t *testing.T) {
	t.Parallel()
	s := strings.Repeat("word ", maxContent/5-1) + "word"
	if utf8.RuneCountInString(s) != maxContent-1 {
		t.Fatalf("test text has %d runes", utf8.RuneCountInString(s))
	}
	s += "s"
	if parts := splitText(s, maxContent); len(parts) != 1 {
		t.Errorf("a text of %d runes split in %d", maxContent, len(parts))
	}
}

// Empty brackets are no citation marker: a cut with nowhere better to go
// falls at the limit, between them.
func TestCutBetweenEmptyBrackets(t *testing.T) {
	t.Parallel()
	s := strings.Repeat("a", maxContent-1) + "[]" + strings.Repeat("b", 10)
	parts := splitText(s, maxContent)
	if len(parts) != 2 || utf8.RuneCountInString(parts[0]) != maxContent {
		t.Errorf("parts of %d runes, want the first cut at %d", len(parts[0]), maxContent)
	}
}
