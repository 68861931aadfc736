package ground

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/story"
)

// A quote opening on another person as the doer of its deed gives that
// deed to them: a claim about a named person quoting it has merged two
// people. A quote on the claim's person, or naming them anywhere, passes.
func TestQuoteOfAnotherPerson(t *testing.T) {
	s := story.Parse("people.txt", " date 2023-07-26 STORY: Prison news.\n\n"+
		"Guillermo Rodriguez is the general director of the prison authority, the SNAI.\n\n"+
		"On Monday, current President Guillermo Lasso also declared a state of emergency in two provinces.\n\n"+
		"On Tuesday, President Guillermo Lasso thanked Guillermo Rodriguez for the operation.\n")
	ps := passagesWith(&s, story.ChunkOptions{MaxSentences: 1, MaxBytes: 4000})
	if len(ps) != 4 {
		t.Fatalf("story cut into %d passages, want 4 (the title first)", len(ps))
	}
	for _, tt := range []struct{ name, claim, want string }{
		{"another's deed", `Guillermo Rodriguez is the general director of the SNAI [2: "Guillermo Rodriguez is the general director"] and also the president who declared a state of emergency [3: "current President Guillermo Lasso also declared a state of emergency"].`, "who: the claim gives President Guillermo Lasso's deed"},
		{"the person's own quote", `Guillermo Rodriguez is the general director of the SNAI [2: "Guillermo Rodriguez is the general director"].`, ""},
		{"the person named in the quote", `Guillermo Rodriguez was thanked for the operation [4: "President Guillermo Lasso thanked Guillermo Rodriguez for the operation"].`, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := droppedFor(checkClaims(splitClaims(tt.claim, len(ps)), "Who is Guillermo Rodriguez?", ps, evidenceOf(ps)))
			if (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
				t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
			}
		})
	}
}
