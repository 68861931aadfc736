package question

import (
	"testing"
	"testing/fstest"

	"github.com/storybot-dev/storybot/internal/testindex"
)

// The sentence particles of Singapore and Malaysian English, Kenyan
// English's "eish", "sasa" and "manze", and the Hindi words of address in
// Indian English chat say nothing of what is asked: left out where the
// stories never use them, as "lol" is. A story that does use one keeps it.
func TestReadDropsChatParticles(t *testing.T) {
	var rd Reader
	ix := testindex.Seed(t)
	for in, want := range map[string]string{
		"army also go in meh? or police only":              "army also go in? or police only",
		"how many block they take back lah":                "how many block they take back",
		"which town is this jail manze":                    "which town is this jail",
		"eish and what did they find inside there":         "and what did they find inside there",
		"kitne log mare bhai":                              "how many people died",             // read as Hinglish too (text.ReadDialect)
		"wah so many soldiers, how many actually go in ah": "how many soldiers actually go in", // the particles dropped, and the count borrows the remark's soldiers (borrowCounted)
	} {
		if got := rd.Read(ix, in); got != want {
			t.Errorf("Read(%q) = %q, want %q", in, got, want)
		}
	}
	// written with a capital inside a question, a particle is a name:
	// the town of Leh, the singer Sia
	for _, q := range []string{"did the floods reach Leh", "what did Sia say", "how many died in the Wah blast"} {
		if got := rd.Read(ix, q); got != q {
			t.Errorf("Read(%q) = %q, a name dropped", q, got)
		}
	}
	sia := testindex.Of(t, fstest.MapFS{"sia.txt": {Data: []byte(" date 2024-01-02 STORY: Airline news.\n\nSia Airlines said the flight was delayed by two hours.\n")}})
	if got := rd.Read(sia, "why was the sia flight delayed"); got != "why was the sia flight delayed" {
		t.Errorf("a particle the stories use as a name was dropped: %q", got)
	}
}
