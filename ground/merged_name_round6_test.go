package ground

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/story"
)

// A claim's full name whose one word the cited passage holds passes when
// another passage gives the whole name (the cited one names the same
// person briefly), but not when the cited passage writes that word only
// inside another person's name: two people merged.
func TestFullNameNotMergedWithAnother(t *testing.T) {
	s := story.Parse("names.txt", " date 2023-07-26 STORY: Town news.\n\n"+
		"President Guillermo Lasso declared a state of emergency on Monday.\n\n"+
		"Guillermo Rodriguez is the general director of the prison authority.\n\n"+
		"Rodriguez said the emergency would last sixty days.\n")
	ps := passagesWith(&s, story.ChunkOptions{MaxSentences: 1, MaxBytes: 4000})
	if len(ps) != 4 {
		t.Fatalf("story cut into %d passages, want 4 (the title first)", len(ps))
	}
	for _, tt := range []struct{ name, claim, want string }{
		{"another person's first name", "Guillermo Rodriguez is the president who declared a state of emergency on Monday [2].", `name "Rodriguez" is not in passage 2`},
		{"the same person's surname", "Guillermo Rodriguez said the emergency would last sixty days [4].", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := droppedFor(checkClaims(splitClaims(tt.claim, len(ps)), "Who is Guillermo Rodriguez?", ps, evidenceOf(ps)))
			if (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
				t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
			}
		})
	}
}
