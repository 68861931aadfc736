package ground

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/cite"
	"github.com/storybot-dev/storybot/story"
)

// twoStories are passage 1 of a port strike and passage 2 of a prison
// riot, each in its own story.
func twoStories(t *testing.T) []cite.Passage {
	t.Helper()
	a := story.Parse("port.txt", " date 2023-08-03 STORY: Port strike.\n\nA previous strike at the port in 2021 lasted 11 days.\n")
	b := story.Parse("prison.txt", " date 2023-07-26 STORY: Prison riot.\n\nClashes between gangs here began on Saturday.\n")
	opt := story.ChunkOptions{MaxSentences: 6, MaxBytes: 1000}
	return append(passagesWith(&a, opt), passagesWith(&b, opt)...)
}

// A pronoun that carries a thing of one story into a part citing only
// another story's passage ("the 2021 strike lasted 11 days [1] and it
// started on a Saturday [2]", where Saturday is the riot's) gives it the
// other story's fact: within a claim and from the claim before. The same
// story, a pronoun for the passages ("They mention ..."), or a new subject
// pass.
func TestPronounAcrossStories(t *testing.T) {
	ps := twoStories(t)
	if len(ps) != 2 {
		t.Fatalf("%d passages, want 2", len(ps))
	}
	for _, tt := range []struct{ reply, want string }{
		{"A previous strike at the port in 2021 lasted 11 days [1] and it started on a Saturday [2].", `the claim's "it" is of another story`},
		{"A previous strike at the port in 2021 lasted 11 days [1].\n\nIt started on a Saturday [2].", `the claim's "it" is of another story`},
		{"A previous strike at the port in 2021 lasted 11 days [1] and it lasted 11 days [1].", ""},
		{"A previous strike at the port in 2021 lasted 11 days [1]. Clashes between gangs began on Saturday [2].", ""},
		{"A previous strike at the port in 2021 lasted 11 days [1].\n\nIt is also reported that clashes between gangs began on Saturday [2].", ""},
		{"A previous strike at the port in 2021 lasted 11 days [1]. They mention that clashes between gangs began on Saturday [2].", ""},
	} {
		got := droppedFor(checkClaims(splitClaims(tt.reply, len(ps)), "What happened?", ps, evidenceOf(ps)))
		if (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.reply, got, tt.want)
		}
	}
}
