package ground

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/story"
)

// The cause a claim gives ("because ...", "caused by ...") is its answer
// to why: most of its own words (names aside) must be in the cited
// passages, not only most of the claim's; a one-word cause must be there
// itself ("because of floods", which no passage tells of: it was left to
// the share until the twenty-third session). (Asked why: otherwise the
// link rule wants the passage to draw a cause at all.)
func TestCauseWordsInThePassage(t *testing.T) {
	const st = " date 2023-07-26 STORY: Emergency.\n\n" +
		"On Monday, President Guillermo Lasso declared a state of emergency in the provinces of Manabi and Los Rios " +
		"after the mayor of the city of Manta was shot dead on Sunday. " +
		"Lasso has regularly declared states of emergency in the country's prisons as he tries to tackle violence.\n"
	for _, tt := range []struct{ claim, want string }{
		{`Lasso declared a state of emergency in Manabi and Los Rios because the mayor of Manta was shot dead [1].`, ""},
		// names of the passage in the cause don't make it the passage's
		{`Lasso declared a state of emergency because gangs had taken over prisons in Manabi and Los Rios [1].`, "link: the cause the claim gives (gangs taken)"},
		// (a one-word cause is left to the share; the agent it gives the
		// shooting, which the passage names nowhere, is unsaidAgent's)
		{`Lasso declared a state of emergency in Manabi and Los Rios because the mayor had been shot by gangs [1].`, "who: the claim says who did it (gangs)"},
		{`Lasso declared a state of emergency in Manabi and Los Rios because of floods [1].`, "link: the cause the claim gives (floods)"},
	} {
		s := story.Parse("s.txt", st)
		ps := passagesWith(&s, story.ChunkOptions{MaxSentences: 6, MaxBytes: 1000})
		v := checkClaims(splitClaims(tt.claim, len(ps)), "Why did Lasso declare a state of emergency?", ps, evidenceOf(ps))
		if got := droppedFor(v); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}
