package question

import (
	"testing"

	"github.com/storybot-dev/storybot/story"
)

// A word of seven letters or more that no edit reaches is read as the one
// story word that sounds the same (text.SoundKey); shorter words and words
// with two sound-alikes are left as typed, and a word an edit reaches is
// read by the edit.
func TestCorrectBySound(t *testing.T) {
	stories := storiesOnly{story.Parse("a.txt", " date 2023-07-26 STORY: News.\n\n"+
		"The government marched on. Guards met the governor. Pilgrims crossed Guayaquil. The redeemer met a retainer.")}
	var rd Reader
	v := rd.Vocabulary(stories)
	for _, tt := range []struct{ typed, want string }{
		{"guvermint", "government"}, // g16553: only "government" sounds so
		{"gwayakil", "guayaquil"},   // g24
		{"guvernur", "governor"},    // g1656, not government's g16553
		{"merked", ""},              // m623 as "marched", but six letters: too short to tell
		{"ridaimur", ""},            // r356: "redeemer" and "retainer" both sound so
		{"pilgrimms", "pilgrims"},   // one edit away
	} {
		if got := v.correct(tt.typed); got != tt.want {
			t.Errorf("correct(%q) = %q, want %q", tt.typed, got, tt.want)
		}
	}
}
