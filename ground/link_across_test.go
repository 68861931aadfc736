package ground

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/story"
)

// A cause drawn between a fact marked with one passage and a fact marked
// with another is the claim's own, unless a cited sentence says both;
// the same facts without the link, or with a sentence joining them, pass.
// Asked why, as here, the link rule itself lets a cause pass on its words
// when two sentences in a row tell its sides; sentences of two passages
// are not in a row (since the thirty-third session), so the link rule
// drops the first case before linkAcross reads it.
func TestLinkAcrossPassages(t *testing.T) {
	s := story.Parse("strike.txt", " date 2023-07-26 STORY: Port news.\n\n"+
		"The strike began on Thursday, called by the Union of Port Workers.\n\n"+
		"Two workers were killed in separate accidents at the port in March.\n\n"+
		"The union said the strike began on Thursday because talks over pay broke down.\n\n"+
		"That declaration set off violence in the city of Esmeraldas.\n")
	ps := passagesWith(&s, story.ChunkOptions{MaxSentences: 1, MaxBytes: 4000})
	if len(ps) != 5 {
		t.Fatalf("story cut into %d passages, want 5 (the title first)", len(ps))
	}
	for _, tt := range []struct{ name, claim, want string }{
		{"a cause across two passages", "The strike began on Thursday [2] because two workers were killed in March [3].", `link: the claim says "because"`},
		{"set off across two passages", "The strike began on Thursday [2], set off by violence in the city of Esmeraldas [5].", `link: the claim says "set"`},
		{"the facts side by side", "The strike began on Thursday [2], and two workers were killed in March [3].", ""},
		{"a sentence joining them", "The strike began on Thursday [2] because talks over pay broke down [4].", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := droppedFor(checkClaims(splitClaims(tt.claim, len(ps)), "When did the strike begin and why?", ps, evidenceOf(ps)))
			if (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
				t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
			}
		})
	}
}

// A passage's sentence opening on the one before ("That declaration set
// off violence") joins what both say: a claim giving that link across
// two cited passages passes when one of them holds the pair, and not
// when the link is given to another event.
func TestLinkAcrossAnaphor(t *testing.T) {
	const setOff = "That declaration set off violence in the city of Esmeraldas, where 15 prison guards were held hostage."
	s := story.Parse("emergency.txt", " date 2023-07-26 STORY: Prison news.\n\n"+
		"The operation came after the government announced a 60-day state of emergency. "+setOff+"\n\n"+
		setOff+" Clashes between gangs began on Saturday.\n")
	ps := passagesWith(&s, story.ChunkOptions{MaxSentences: 3, MaxBytes: 4000})
	if len(ps) != 2 {
		t.Fatalf("story cut into %d passages, want 2 (the title opening the first)", len(ps))
	}
	for _, tt := range []struct{ name, claim, want string }{
		{"the pair holds the link", `The 60-day state of emergency [1: "a 60-day state of emergency"] set off violence in Esmeraldas, where 15 guards were held hostage [2].`, ""},
		{"the link given to another event", `Clashes between gangs began on Saturday [2], set off by the 60-day state of emergency [1: "a 60-day state of emergency"].`, `link: the claim says "set"`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := droppedFor(checkClaims(splitClaims(tt.claim, len(ps)), "What happened in Esmeraldas and why?", ps, evidenceOf(ps)))
			if (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
				t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
			}
		})
	}
}
