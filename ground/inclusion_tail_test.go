package ground

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/story"
)

// What a marked count or list includes ("..., including the civilian")
// is the marked passage's to say: members only another cited passage
// holds are merged in; members the marked passage holds pass, as does a
// tail with no word of inclusion.
func TestInclusionIsTheMarkedPassages(t *testing.T) {
	s := story.Parse("toll.txt", " date 2023-07-26 STORY: Prison news.\n\n"+
		"One civilian was hurt in a Molotov cocktail attack on the attorney general's office.\n\n"+
		"The attorney general raised the death toll from the violence from 18 to 31, among them 14 inmates.\n")
	ps := passagesWith(&s, story.ChunkOptions{MaxSentences: 1, MaxBytes: 4000})
	if len(ps) != 3 {
		t.Fatalf("story cut into %d passages, want 3 (the title first)", len(ps))
	}
	for _, tt := range []struct{ name, claim, want string }{
		{"a member from another passage", "The office was attacked and one civilian was hurt [2]; the attorney general raised the death toll from 18 to 31 [3], including the civilian.", `"civilian"`},
		{"the marked passage's member", "The office was attacked and one civilian was hurt [2]; the attorney general raised the death toll from 18 to 31 [3], including 14 inmates.", ""},
		{"no word of inclusion", "The office was attacked and one civilian was hurt [2]; the attorney general raised the death toll from 18 to 31 [3], from the violence.", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := droppedFor(checkClaims(splitClaims(tt.claim, len(ps)), "What happened at the office?", ps, evidenceOf(ps)))
			if (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
				t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
			}
		})
	}
}
