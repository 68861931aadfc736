package ground

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/story"
)

// A claim's words before its first marker are that marker's, when more
// of the claim follows under another: "X is the director of Ecuador's
// national police [1], and he said the operation was decisive [2]" gives
// Rodriguez the police, which passage 1 never does, though passage 2
// has him stand with the national police (the two passages together would
// hold every word). The passage's own role passes; the same claim
// under one marker, or a clause too short to stand alone, is read whole.
func TestFirstPartIsItsMarkers(t *testing.T) {
	const st = " date 2023-07-26 STORY: Prison news.\n\nGuillermo Rodriguez is the general director of Ecuador's prison authority.\n\nRodriguez, the director, stood with the national police. He said the operation was decisive."
	s := story.Parse("s.txt", st)
	ps := passagesWith(&s, story.ChunkOptions{MaxSentences: 2, MaxBytes: 1000})
	if len(ps) != 2 {
		t.Fatalf("%d passages, want 2", len(ps))
	}
	for _, tt := range []struct{ name, claim, want string }{
		{"another's role before the first marker", "Guillermo Rodriguez is the director of Ecuador's national police [1], and he said the operation was decisive [2].", "before its first marker"},
		{"the passage's role", "Guillermo Rodriguez is the general director of Ecuador's prison authority [1], and he said the operation was decisive [2].", ""},
		{"one marker twice", "Guillermo Rodriguez is the general director [1], and he heads Ecuador's prison authority [1].", ""},
		{"a short first clause", "In Ecuador [1], Rodriguez said the operation was decisive [2].", ""},
		{"nothing after the marker", "Guillermo Rodriguez is the general director of Ecuador's prison authority [1][2].", ""},
	} {
		v := checkClaims(splitClaims(tt.claim, len(ps)), "Who is Guillermo Rodriguez?", ps, evidenceOf(ps))
		if got := droppedFor(v); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%s: %q: reason %q, want %q", tt.name, tt.claim, got, tt.want)
		}
	}
}
