package ground

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/story"
)

// The cause rule's edges: a cause of two content words, neither in the
// passage, is the model's ("because gangs rioted"), though the claim's
// other words carry the share; "caused by" gives a cause as "because"
// does.
func TestCauseEdgesReview3(t *testing.T) {
	const st = " date 2023-07-26 STORY: Emergency.\n\n" +
		"On Monday, President Guillermo Lasso declared a state of emergency in the provinces of Manabi and Los Rios " +
		"after the mayor of the city of Manta was shot dead on Sunday.\n"
	for _, tt := range []struct{ claim, want string }{
		{`Lasso declared a state of emergency in Manabi and Los Rios on Monday because gangs rioted [1].`, "link: the cause the claim gives"},
		{`Lasso declared a state of emergency in Manabi and Los Rios on Monday because the mayor was shot [1].`, ""},
		{`The state of emergency Lasso declared in Manabi and Los Rios on Monday was caused by gangs rioting [1].`, "link: the cause the claim gives"},
		{`The state of emergency Lasso declared in Manabi and Los Rios on Monday was caused by the mayor being shot dead [1].`, ""},
	} {
		s := story.Parse("s.txt", st)
		ps := passagesWith(&s, story.ChunkOptions{MaxSentences: 6, MaxBytes: 1000})
		v := checkClaims(splitClaims(tt.claim, len(ps)), "Why did Lasso declare a state of emergency?", ps, evidenceOf(ps))
		if got := droppedFor(v); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}

// A cause word the passage holds only through its WordNet lemma
// ("fleeing": flee, of "fled") is in the passage, as in the share.
func TestCauseWordByLemmaReview3(t *testing.T) {
	const st = " date 2023-07-26 STORY: Emergency.\n\n" +
		"President Guillermo Lasso declared a state of emergency in Manabi after residents fled the city of Manta.\n"
	for _, tt := range []struct{ claim, want string }{
		{`Lasso declared a state of emergency in Manabi because of residents fleeing Manta [1].`, ""},
		{`Lasso declared a state of emergency in Manabi because of gangs rioting in Manta [1].`, "link: the cause the claim gives"},
	} {
		s := story.Parse("s.txt", st)
		ps := passagesWith(&s, story.ChunkOptions{MaxSentences: 6, MaxBytes: 1000})
		v := checkClaims(splitClaims(tt.claim, len(ps)), "Why did Lasso declare a state of emergency?", ps, evidenceOf(ps))
		if got := droppedFor(v); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}

// A sum, like a difference, is of two numbers the passage's text gives,
// not of the story's date: on 3 August, 14 is no total of 11 and 3.
func TestSumNotOfTheDateReview3(t *testing.T) {
	const st = " date 2023-08-03 STORY: Port.\n\n" +
		"A previous strike in 2021 lasted 11 days. A second strike in 2022 lasted 4 days.\n"
	for _, tt := range []struct{ claim, want string }{
		{`The strike of 2021 lasted 11 days; in total, 14 [1].`, `number "14"`},
		{`The strike of 2021 lasted 11 days; in total, 15 [1].`, ""},
	} {
		if got := droppedFor(verdictOn(t, st, tt.claim)); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}

// A total of days the passage gives in two parts (11 and 4 days) is
// said of days: the number rule should not read it as the passage's
// other count of days swapped.
func TestSumOfDaysIsNoSwapReview3(t *testing.T) {
	const st = " date 2023-08-03 STORY: Port.\n\n" +
		"A previous strike in 2021 lasted 11 days. A second strike in 2022 lasted 4 days.\n"
	claim := `The strikes of 2021 and 2022 lasted 15 days in total [1].`
	if got := droppedFor(verdictOn(t, st, claim)); got != "" {
		t.Errorf("%q: dropped: %s", claim, got)
	}
}
