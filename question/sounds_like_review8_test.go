package question

import (
	"testing"

	"github.com/storybot-dev/storybot/story"
)

// The edges of reading a word by its sound: seven letters is long enough
// (gwaykil, 7), a length up to three letters off the typed word's is near
// enough (gvrmint, 7, for government, 10), a sound of one consonant code
// is too little to tell words apart (howayeean, h5), a word both of the
// stories and of knownWords is one word, not two (rileest for released),
// and a word two edits reach equally (guvernod: governor, governed) is
// left as typed, not read by its sound.
func TestCorrectBySoundEdgesReview8(t *testing.T) {
	stories := storiesOnly{story.Parse("a.txt", " date 2023-07-26 STORY: News.\n\n"+
		"The government marched on. Pilgrims crossed Guayaquil. A Hawaiian band played. Two inmates were released.")}
	var rd Reader
	v := rd.Vocabulary(stories)
	for _, tt := range []struct{ typed, want string }{
		{"gwaykil", "guayaquil"},  // g24, seven letters: read by sound
		{"gvrmint", "government"}, // g16553, three letters shorter: still near enough
		{"howayeean", ""},         // h5, as "hawaiian": too little sound
		{"rileest", "released"},   // r423: a story word that is also a known word
	} {
		if got := v.correct(tt.typed); got != tt.want {
			t.Errorf("correct(%q) = %q, want %q", tt.typed, got, tt.want)
		}
	}
	tie := storiesOnly{story.Parse("b.txt", " date 2023-07-26 STORY: News.\n\n"+
		"The governor spoke. The city was governed badly.")}
	var rd2 Reader
	if got := rd2.Vocabulary(tie).correct("guvernod"); got != "" {
		t.Errorf("correct(%q) = %q, want it left as typed (two words two edits away)", "guvernod", got)
	}
}
