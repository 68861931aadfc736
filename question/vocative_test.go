package question

import (
	"testing"

	"github.com/storybot-dev/storybot/internal/testindex"
)

// Chat filler that is also a noun is filler only when said to someone, at
// the edge of a question or by a comma; inside it, it is asked about.
func TestReadVocatives(t *testing.T) {
	var rd Reader
	ix := testindex.Seed(t)
	for q, want := range map[string]string{
		"how many died bro":                        "how many died",
		"how many died bro lol":                    "how many died",
		"how many died, dude, in the riot":         "how many died, in the riot",
		"was the fire man-made or an accident":     "was the fire man-made or an accident",
		"guys, who is the director":                "who is the director",
		"who is the director, man":                 "who is the director",
		"who is the man talking in the video":      "who is the man talking in the video",
		"how many bad guys were in the cellblocks": "how many bad guys were in the cellblocks",
	} {
		if got := rd.Read(ix, q); got != want {
			t.Errorf("Read(%q) = %q, want %q", q, got, want)
		}
	}
}
