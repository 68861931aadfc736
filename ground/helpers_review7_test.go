package ground

import (
	"strings"

	"github.com/storybot-dev/storybot/cite"
	"testing"

	"github.com/storybot-dev/storybot/story"
)

// r7Case is one claim checked against a story of one or more passages
// (each a story of its own, cited [1], [2], ... in order) for the question
// asked ("What happened?" when empty): want is a substring of the reason
// it is dropped for, "" when it must be kept.
type r7Case struct {
	name     string
	passages []string
	asked    string
	claim    string
	want     string
}

// r7Reason is the reason the first claim of c.claim is dropped for, ""
// when none is.
func r7Reason(t *testing.T, c r7Case) string {
	t.Helper()
	asked := c.asked
	if asked == "" {
		asked = "What happened?"
	}
	var ps []cite.Passage
	for i, text := range c.passages {
		s := story.Parse("edge.txt", " date 2023-07-26 STORY: Town news.\n\n"+text+"\n")
		chunks := story.Chunks(&s, 0, story.ChunkOptions{MaxSentences: 20, MaxBytes: 4000})
		if len(chunks) != 1 {
			t.Fatalf("passage %d cut into %d chunks, want 1", i+1, len(chunks))
		}
		ps = append(ps, cite.FromChunk(i+1, &s, &chunks[0]))
	}
	return droppedFor(checkClaims(splitClaims(c.claim, len(ps)), asked, ps, evidenceOf(ps)))
}

// runR7 runs each case.
func runR7(t *testing.T, cases []r7Case) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := r7Reason(t, c)
			if (c.want == "") != (got == "") || !strings.Contains(got, c.want) {
				t.Errorf("%q: reason %q, want %q", c.claim, got, c.want)
			}
		})
	}
}
