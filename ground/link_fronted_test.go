package ground

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/story"
)

// A cause drawn between two marked facts is the claim's own unless a
// cited sentence holds both: with the cause first ("Because two workers
// were killed in March [3], the union called the strike [2]") and with
// both facts marked with the same passage ("... [1] because ... [1]"),
// unless that passage draws a cause itself (the link rule's).
// Asked why, as here, the link rule itself lets a cause pass on its words.
func TestLinkFrontedAndSamePassage(t *testing.T) {
	across := story.Parse("strike.txt", " date 2023-07-26 STORY: Port news.\n\n"+
		"The strike began on Thursday, called by the Union of Port Workers.\n\n"+
		"Two workers were killed in separate accidents at the port in March.\n\n"+
		"The union said the strike began on Thursday because talks over pay broke down.\n")
	one := story.Parse("one.txt", " date 2023-07-26 STORY: Port news.\n\n"+
		"The union said the strike began on Thursday after talks over pay broke down. Elections are due next month.\n")
	walk := story.Parse("walk.txt", " date 2023-07-26 STORY: Port news.\n\n"+
		"Dockworkers began the strike on Thursday. The walkout came because two workers were killed in March.\n")
	for _, tt := range []struct {
		name  string
		s     *story.Story
		claim string
		want  string
	}{
		{"the cause first, across passages", &across, "Because two workers were killed in March [3], the union called the strike on Thursday [2].", `link: the claim says "because"`},
		{"the cause first, said together", &across, "Because talks over pay broke down [4], the strike began on Thursday [4].", ""},
		{"a cause inside the first fact", &across, "The strike began on Thursday because talks over pay broke down [4], and two workers were killed in March [3].", ""},
		{"the cause first, no second marker", &across, "Because talks over pay broke down, the strike began on Thursday [4].", ""},
		{"one passage, two sentences", &one, "The strike began on Thursday [1] because of the elections [1].", `link: the claim says "because"`},
		{"one passage, one sentence", &one, "The strike began on Thursday [1] because talks over pay broke down [1].", ""},
		{"the cause first, one passage drawing it across sentences", &walk, "Because two workers were killed in March [1], the strike began on Thursday [1].", ""},
		{"one passage drawing a cause across sentences", &across, "The strike began on Thursday [4] because of talks over pay [4].", ""},
		{"no link", &one, "The strike began on Thursday [1], and elections are due next month [1].", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ps := passagesWith(tt.s, story.ChunkOptions{MaxSentences: 1, MaxBytes: 4000})
			if tt.s == &one || tt.s == &walk {
				ps = passagesWith(tt.s, story.ChunkOptions{MaxSentences: 4, MaxBytes: 4000})
			}
			got := droppedFor(checkClaims(splitClaims(tt.claim, len(ps)), "Why did the strike begin?", ps, evidenceOf(ps)))
			if (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
				t.Errorf("%q (%d passages): reason %q, want %q", tt.claim, len(ps), got, tt.want)
			}
		})
	}
}
