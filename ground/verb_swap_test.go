package ground

import (
	"testing"

	"github.com/storybot-dev/storybot/story"
	"github.com/storybot-dev/storybot/text"
)

// A verb put in the passage's verb's place before the same object is
// another deed: "slowed loading" of "halted the loading"; the passage's
// verb, a WordNet synonym of it ("stopped"), another object, or a verb the
// question asks with passes.
func TestVerbSwap(t *testing.T) {
	const p = "The port operator said the walkout had halted the loading of about 12,000 containers a day.\n"
	runEdgeCases(t, []edgeCase{
		{"another verb", p, "The walkout slowed loading of about 12,000 containers a day [1].", `the claim says "slowed" where passage 1 says "halted"`},
		{"another verb, article kept", p, "The walkout slowed the loading of about 12,000 containers a day [1].", `the claim says "slowed"`},
		{"the passage's verb", p, "The walkout halted loading of about 12,000 containers a day [1].", ""},
		{"a synonym", p, "The walkout stopped the loading of about 12,000 containers a day [1].", ""},
	})
}

// verbSwap's edges on the rule alone: only a verb in -ed that no cited
// passage holds, before an object a cited sentence has after another verb
// in -ed.
func TestVerbSwapEdges(t *testing.T) {
	s := story.Parse("s.txt", " date 2023-07-26 STORY: Port news.\n\nThe walkout had halted the loading of containers. Guards searched the cells.")
	ps := passagesWith(&s, story.ChunkOptions{MaxSentences: 20, MaxBytes: 4000})
	if len(ps) != 1 {
		t.Fatalf("%d passages, want 1", len(ps))
	}
	ev := evidenceOf(ps)
	for _, tt := range []struct{ claim, asked, want string }{
		{"the walkout slowed loading of containers", "", "slowed"},
		{"the walkout slows loading of containers", "", ""},
		{"the walkout slowed the ships", "", ""},
		{"the walkout slowed loading of containers", "was loading slowed", ""},
		{"guards emptied the cells", "", "emptied"},
		{"guards revised the cells", "", ""},
	} {
		w, _ := verbSwap(text.Words(tt.claim), tt.asked, []int{1}, ev)
		if w != tt.want {
			t.Errorf("verbSwap(%q, asked %q) = %q, want %q", tt.claim, tt.asked, w, tt.want)
		}
	}
}

// kinVerbs: a WordNet synonym shared ("prompt" and "spark" both
// "actuate"), one verb a synonym of the other, or a verb that says only
// that its object changed.
func TestKinVerbs(t *testing.T) {
	for _, tt := range []struct {
		claim, passage string
		want           bool
	}{
		{"prompt", "spark", true},
		{"stop", "halt", true},
		{"revise", "raise", true},
		{"slow", "halt", false},
		{"lower", "raise", false},
		{"hemp", "abaca", true}, // WordNet lists hemp for abaca, not abaca for hemp
	} {
		if got := kinVerbs(tt.claim, tt.passage); got != tt.want {
			t.Errorf("kinVerbs(%q, %q) = %v, want %v", tt.claim, tt.passage, got, tt.want)
		}
	}
}
