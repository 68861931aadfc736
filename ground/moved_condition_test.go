package ground

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/story"
)

// A condition stays with the clause the passage hangs it on: the
// exporters' fear of rot "if the stoppage lasted more than a week" is no
// condition of the minister's government stepping in.
func TestMovedCondition(t *testing.T) {
	const p = "Chile's transport minister said on Wednesday that the government would not intervene in the dispute. Fruit exporters warned that cherries and grapes could rot on the docks if the stoppage lasted more than a week.\n"
	runEdgeCases(t, []edgeCase{
		{"the passage's clause", p, "Cherries and grapes could rot on the docks if the stoppage lasted more than a week [1].", ""},
		// (the negation rule reads these first: the passage's flat "would
		// not intervene" gainsays the claim's main clause; the moved
		// condition is tested on the rule alone below)
		{"another clause", p, "The government could intervene if the stoppage lasted more than a week [1].", "negation: the passage denies"},
		{"unless", p, "The government would intervene unless the stoppage lasted more than a week [1].", "negation: the passage denies"},
	})
}

// movedConditionRule's edges, on the rule alone: a condition of fewer
// than MinConditionTerms content words, a condition held only without "if"
// or only in part, and a main clause no cited sentence holds are left to
// other rules.
func TestMovedConditionEdges(t *testing.T) {
	const moved = "The government would not intervene in the dispute. Exporters warned that grapes could rot if the stoppage lasted more than a week."
	for _, tt := range []struct{ name, story, claim, want string }{
		{"moved", moved, "The government could intervene if the stoppage lasted more than a week.", "link"},
		{"its own clause", moved, "Grapes could rot if the stoppage lasted more than a week.", ""},
		{"short condition", moved, "The government could intervene if stoppage lasted.", ""},
		{"main clause nowhere", moved, "Farmers could protest if the stoppage lasted more than a week.", ""},
		{"condition held without if", "The government would not intervene in the dispute. Grapes rot when the stoppage lasts more than a week.", "The government could intervene if the stoppage lasts more than a week.", ""},
		{"condition held in part", "The government would not intervene in the dispute. Talks could resume next week if both sides agree.", "The government could intervene if the stoppage lasted more than a week.", ""},
	} {
		s := story.Parse("s.txt", " date 2023-07-26 STORY: Port news.\n\n"+tt.story)
		ps := passagesWith(&s, story.ChunkOptions{MaxSentences: 20, MaxBytes: 4000})
		cited := make([]int, len(ps))
		for i := range ps {
			cited[i] = i + 1
		}
		if got := movedConditionRule(tt.claim, cited, evidenceOf(ps)); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%s: %q: %q, want %q", tt.name, tt.claim, got, tt.want)
		}
	}
}
