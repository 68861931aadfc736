package ground

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/story"
)

// A claim citing two passages may join what they say of one thing, but
// not give one thing the details of another of its kind: where a
// passage brings the noun in as a new one ("also declared a state of
// emergency in the provinces of Manabi"), a claim giving the other
// passage's "60-day state of emergency" those provinces merges two.
func TestTwoThingsOfOneKind(t *testing.T) {
	s := story.Parse("edge.txt", " date 2023-07-26 STORY: Town news.\n\n"+
		"The government announced a 60-day state of emergency for the country's prisons. Guards were told to stay home.\n\n"+
		"On Monday, Lasso also declared a state of emergency in the provinces of Manabi and Los Rios. Schools were closed there.\n\n"+
		"On Monday, Lasso said a state of emergency now covers the provinces of Manabi and Los Rios. Schools were closed there.\n")
	ps := passagesWith(&s, story.ChunkOptions{MaxSentences: 2, MaxBytes: 4000})
	if len(ps) < 3 {
		t.Fatalf("story cut into %d passages, want 3 or more", len(ps))
	}
	for _, tt := range []struct{ name, claim, want string }{
		{"two emergencies merged", "The 60-day state of emergency covers the provinces of Manabi and Los Rios [1][2].", "two different things"},
		{"one emergency, no cue", "The 60-day state of emergency covers the provinces of Manabi and Los Rios [1][3].", ""},
		// the day of the other one, and the emergency named without its "state"
		{"the other one's day", "The government announced the 60-day prison emergency on Monday [1][2].", "two different things"},
		{"one emergency's day, no cue", "Lasso said on Monday the 60-day state of emergency covers the provinces of Manabi [1][3].", ""},
		{"each its own", "A 60-day state of emergency covers the prisons [1], and another state of emergency the provinces of Manabi and Los Rios [2].", ""},
		// a clause of its own for each: "while" keeps them apart, as
		// "another" does; a clause merging the two is still read
		{"each its own clause", "Lasso declared a state of emergency in the provinces of Manabi and Los Rios on Monday, while the 60-day state of emergency covered the prisons [1][2].", ""},
		{"each its own clause, semicolon", "Lasso declared a state of emergency in the provinces of Manabi and Los Rios on Monday; the 60-day state of emergency covered the prisons [1][2].", ""},
		{"merged in one clause", "The 60-day state of emergency covers the provinces of Manabi and Los Rios, while guards stayed home [1][2].", "two different things"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := droppedFor(checkClaims(splitClaims(tt.claim, len(ps)), "What happened?", ps, evidenceOf(ps)))
			if (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
				t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
			}
		})
	}
}

// A claim opening on "it" answers of what the question asks about: "It
// lasts 60 days and covers the provinces of Manabi" [1][2], asked how
// long the prison state of emergency lasts, merges the two emergencies
// as the claim naming it does; asked of something else, it names no
// kind of thing to merge.
func TestItStandsForTheQuestionsSubject(t *testing.T) {
	s := story.Parse("edge.txt", " date 2023-07-26 STORY: Town news.\n\n"+
		"The government announced a 60-day state of emergency for the country's prisons. Guards were told to stay home.\n\n"+
		"On Monday, Lasso also declared a state of emergency in the provinces of Manabi and Los Rios. Schools were closed there.\n")
	ps := passagesWith(&s, story.ChunkOptions{MaxSentences: 2, MaxBytes: 4000})
	if len(ps) < 2 {
		t.Fatalf("story cut into %d passages, want 2 or more", len(ps))
	}
	const claim = "It lasts 60 days and covers the provinces of Manabi and Los Rios [1][2]."
	for _, tt := range []struct{ asked, want string }{
		{"How long does the prison state of emergency last?", "two different things"},
		{"What happened?", ""},
	} {
		got := droppedFor(checkClaims(splitClaims(claim, len(ps)), tt.asked, ps, evidenceOf(ps)))
		if (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("asked %q: reason %q, want %q", tt.asked, got, tt.want)
		}
	}
}
