package ground

import (
	"slices"
	"testing"
)

// TestOpenQuestions checks what an absence claim is read to leave open:
// the question after the cue, cut where the claim goes on to say what
// the passages do hold, and nothing for a claim that asks nothing the
// passages could be asked alone.
func TestOpenQuestions(t *testing.T) {
	tests := []struct {
		claim string
		want  []string
	}{
		// a question word after the cue, cut at what the claim goes on to say
		{"The passages do not explain how the forces got inside; they only say footage showed weapons seized", []string{"how the forces got inside?"}},
		{"The passages don't say exactly what the union is demanding, only that talks broke down", []string{"what the union is demanding?"}},
		{"The passages don't say when the clashes began, so I can't say how long they lasted", []string{"when the clashes began?"}},
		{"The passages don't say where the mayor was shot, but they say he died", []string{"where the mayor was shot?"}},
		// a yes-no question left open
		{"The passages don't say whether the government plans to intervene.", []string{"the government plans to intervene?"}},
		{"I can't tell from these passages who won the election.", []string{"who won the election?"}},
		// two questions joined
		{"The passages don't say who raised the toll or which official announced the figure.", []string{"who raised the toll?", "which official announced the figure?"}},
		// a missing name is the name rules' (doerOrName)
		{"The passages do not name the gangs involved.", nil},
		// whether a thing is mentioned at all is the check's own reading
		{"The passages don't mention any injuries in Esmeraldas.", nil},
		// leaning on the reply's context: not askable alone
		{"The passages do not say who shot him.", nil},
		{"The passages don't say what those reforms would involve.", nil},
		// no question: too short, or no absence claim at all
		{"The stories don't say.", nil},
		{"The passages don't say exactly.", nil},
		{"The forces got inside using controlled detonations.", nil},
		{"Officials did not say how the forces got inside.", nil},
	}
	for _, tt := range tests {
		if got := OpenQuestions(tt.claim); !slices.Equal(got, tt.want) {
			t.Errorf("OpenQuestions(%q) = %q, want %q", tt.claim, got, tt.want)
		}
	}
}
