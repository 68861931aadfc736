package ground

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/story"
)

// The title supports only what it says, and says nothing of a person or
// place it doesn't name: a claim the text fails is not rescued by a title
// lacking one of its names, even a name the question gives; a claim whose
// names the title holds, or one with none, still is.
func TestTitleSaysNothingOfWhomItDoesntName(t *testing.T) {
	// a wire story's lede as its title: read with the text, and apart
	s := story.Parse("title.txt", " date 2023-07-26 STORY: This is the moment that thousands of heavily armed soldiers and police officers try to retake a rioting prison in Ecuador.\n\n"+
		"The attorney general on Tuesday raised the death toll from 18 to 31. Guillermo Rodriguez is the general director of the prison authority, the SNAI.\n")
	ps := passagesWith(&s, story.ChunkOptions{MaxSentences: 20, MaxBytes: 4000})
	if len(ps) != 1 {
		t.Fatalf("story cut into %d passages, want 1", len(ps))
	}
	for _, tt := range []struct{ name, asked, claim, want string }{
		{"a person the title doesn't name", "Who is Guillermo Rodriguez?", "Guillermo Rodriguez is the police commander who led the operation to retake the prison [1].", "who: what the claim says the person is"},
		{"the title's own names", "What happened?", "Thousands of soldiers and police officers tried to retake a rioting prison in Ecuador [1].", ""},
		{"the title without names", "What happened?", "Heavily armed soldiers and police officers tried to retake a rioting prison [1].", ""},
		{"the text's own description", "Who is Guillermo Rodriguez?", "Guillermo Rodriguez is the general director of the SNAI [1].", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := droppedFor(checkClaims(splitClaims(tt.claim, len(ps)), tt.asked, ps, evidenceOf(ps)))
			if (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
				t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
			}
		})
	}
}

// A headline (no lede) rescues a claim the text fails only with the
// claim's names in it.
func TestHeadlineRescuesWhatItNames(t *testing.T) {
	s := story.Parse("title.txt", " date 2023-07-26 STORY: Soldiers retake rioting prison in Ecuador\n\n"+
		"The attorney general on Tuesday raised the death toll from 18 to 31. Guillermo Rodriguez is the general director of the prison authority, the SNAI.\n")
	ps := passagesWith(&s, story.ChunkOptions{MaxSentences: 20, MaxBytes: 4000})
	for _, tt := range []struct{ name, claim, want string }{
		{"the headline's names", "Soldiers retook a rioting prison in Ecuador [1].", ""},
		{"a name the headline lacks", "Soldiers retook a rioting prison in Guayaquil [1].", "Guayaquil"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := droppedFor(checkClaims(splitClaims(tt.claim, len(ps)), "What happened?", ps, evidenceOf(ps)))
			if (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
				t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
			}
		})
	}
}
