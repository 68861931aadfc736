package ground

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/story"
)

// A name the story gives in another passage may say which of the story's
// things a claim means ("the Guayaquil operation" citing "The operation
// came after ..."), but not move a thing the cited sentence places
// elsewhere ("held hostage at the Guayaquil prison" citing "in the city
// of Esmeraldas, where 15 prison guards were held hostage"), nor stand as
// a place of its own ("in Guayaquil").
func TestStoryModifierName(t *testing.T) {
	s := story.Parse("s.txt", " date 2023-07-26 STORY: Prison riot.\n\nSoldiers entered the Penitenciaria del Litoral in the city of Guayaquil.\n\n"+
		"The operation came after the government announced a 60-day state of emergency for the country's prisons.\n\n"+
		"That declaration seemed to set off violence in the city of Esmeraldas, where 15 prison guards were held hostage at a local jail.\n")
	ps := passagesWith(&s, story.ChunkOptions{MaxSentences: 1, MaxBytes: 4000})
	if len(ps) < 3 {
		t.Fatalf("story cut into %d passages, want 3 at least", len(ps))
	}
	op, hostages := itoa(len(ps)-1), itoa(len(ps))
	other := story.Parse("t.txt", " date 2023-07-26 STORY: Another riot.\n\nSoldiers entered a prison in the city of Quito.\n")
	ps = append(ps, passagesWith(&other, story.ChunkOptions{MaxSentences: 1, MaxBytes: 4000})...)
	for _, tt := range []struct{ claim, want string }{
		{"The Guayaquil operation came after the government announced the state of emergency [" + op + "].", ""},
		{"15 prison guards were held hostage at the Guayaquil prison [" + hostages + "].", `name "Guayaquil"`},
		{"The Quito operation came after the government announced the state of emergency [" + op + "].", `name "Quito"`}, // another story's name
		{"The operation in Guayaquil came after the government announced the state of emergency [" + op + "].", `name "Guayaquil"`},
	} {
		got := droppedFor(checkClaims(splitClaims(tt.claim, len(ps)), "What happened?", ps, evidenceOf(ps)))
		if (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}
