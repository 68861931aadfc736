package question

import (
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/storybot-dev/storybot/internal/testindex"
)

// Edges of the vocative reading: a vocative is dropped at the opening too
// (where StripLead leaves "man"), and inside a question when a comma sits on
// either side of it; inside with no comma, "dude" and "bro" are asked about.
// A question of nothing but filler is read as typed.
func TestReadVocativeEdges_review5(t *testing.T) {
	var rd Reader
	ix := testindex.Seed(t)
	for _, c := range []struct {
		q, word string
		kept    bool
	}{
		{"man how many died in the riot", "man", false},
		{"how many died, dude, in the riot", "dude", false},
		{"how many died dude, in the riot", "dude", false},
		{"where was the riot, dude i mean which prison", "dude", false},
		{"what did the dude in the video say", "dude", true},
		{"what did his bro say about the arrest", "bro", true},
	} {
		got := rd.Read(ix, c.q)
		words := strings.FieldsFunc(got, func(r rune) bool { return !unicode.IsLetter(r) })
		if has := slices.Contains(words, c.word); has != c.kept {
			t.Errorf("Read(%q) = %q: %q kept %v, want %v", c.q, got, c.word, has, c.kept)
		}
	}
	if got := rd.Read(ix, "lmao bruh"); got != "lmao bruh" {
		t.Errorf("Read(%q) = %q, want it as typed", "lmao bruh", got)
	}
}

// A hyphen inside a compound is no dash said to someone: "man-made",
// "hit-man" and "man-hours" are words of the question.
func TestReadCompoundIsNoVocative_review5(t *testing.T) {
	var rd Reader
	ix := testindex.Seed(t)
	for _, q := range []string{"was the fire man-made or an accident", "who was the hit-man in the killing", "how many man-hours did the rescue take"} {
		if got := rd.Read(ix, q); got != q {
			t.Errorf("Read(%q) = %q, want it as typed", q, got)
		}
	}
}
