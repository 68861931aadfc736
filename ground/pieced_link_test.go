package ground

import (
	"strings"
	"testing"
)

// Asked why, an answer reports the cause it is asked for, but only one the
// passage tells next to what it causes: a cause from a sentence far from
// (or beside none of) the effect's is pieced together.
func TestWhyAnswerPiecedLink(t *testing.T) {
	const why = "Why are the dockworkers on strike?"
	for _, tc := range []struct {
		name, passage, claim, want string
	}{
		{"apart", "The strike began on Thursday. The port is the busiest in Chile. Two workers died in accidents in March.",
			"The strike began because two workers died in accidents in March [1].", `link: the claim says "because"`},
		{"no sentence of the effect near the cause", "The walkout halted the loading of containers. Two workers were killed in separate accidents in March.",
			"The strike was triggered by the deaths of two workers in separate accidents in March [1].", `link: the claim says "triggered"`},
		{"one after the other", "The strike began on Thursday. Two workers died in accidents in March.",
			"The strike began because two workers died in accidents in March [1].", ""},
		{"the cause first", "Two workers died in accidents in March. The strike began on Thursday.",
			"The strike began because two workers died in accidents in March [1].", ""},
		// review: the cause's sentence links it itself ("over the deaths"),
		// though it calls the strike a stoppage
		{"the cause's own link", "Dockworkers walked off the job on Thursday. The port handles a quarter of Chile's trade. The union called the stoppage over the deaths of two workers in March.",
			"The dockworkers went on strike because two workers died in March [1].", ""},
		// second review: a time word in the cause's sentence links nothing
		{"after, a time", "Dockworkers walked off the job on Thursday. The port handles a quarter of Chile's trade. Two workers died in March after falling from a crane.",
			"The dockworkers went on strike because two workers died in March [1].", `link: the claim says "because"`},
		{"over the weekend", "Dockworkers walked off the job on Thursday. The port handles a quarter of Chile's trade. Two workers died in March over the weekend.",
			"The dockworkers went on strike because two workers died in March [1].", `link: the claim says "because"`},
		{"together", "The strike began on Thursday after two workers died in accidents in March.",
			"The strike began because two workers died in accidents in March [1].", ""},
	} {
		if got := edgeReason(t, tc.passage, why, tc.claim); (tc.want == "") != (got == "") || !strings.Contains(got, tc.want) {
			t.Errorf("%s: reason %q, want %q", tc.name, got, tc.want)
		}
	}
}
