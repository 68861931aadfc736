package ground

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/story"
)

// titledReason checks claim against one passage opening with title.
func titledReason(t *testing.T, title, passage, asked, claim string) string {
	t.Helper()
	s := story.Parse("edge.txt", " date 2023-08-03 STORY: "+title+"\n\n"+passage)
	ps := passagesWith(&s, story.ChunkOptions{MaxSentences: 20, MaxBytes: 4000})
	if len(ps) != 1 {
		t.Fatalf("story cut into %d passages, want 1", len(ps))
	}
	return droppedFor(checkClaims(splitClaims(claim, len(ps)), asked, ps, evidenceOf(ps)))
}

// A claim the title supports (its day, with the question's words) is
// still dropped when the text gives the same event another day; the
// text's gainsaying rules, not its missing words, decide.
func TestTitleSupportedClaimTheTextGainsays(t *testing.T) {
	const title = "Dockworkers walked off the job at the port on Thursday."
	const asked = "When did talks break down?"
	for _, tt := range []struct {
		name, passage, claim, want string
	}{
		{"text says another day", "The strike came after talks over pay broke down on Tuesday evening.\n", "Talks broke down on Thursday [1].", "day:"},
		{"text gives no day for it", "The strike came after talks over pay broke down.\n", "Talks broke down on Thursday [1].", ""},
		{"a word only the title holds", "The strike came after talks over pay broke down on Tuesday evening.\n", "Dockworkers walked off the job on Thursday [1].", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := titledReason(t, title, tt.passage, asked, tt.claim)
			if (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
				t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
			}
		})
	}
}
