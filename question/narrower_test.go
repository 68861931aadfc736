package question

import (
	"slices"
	"testing"

	"github.com/storybot-dev/storybot/story"
)

type narrowCorpus struct{ stories []story.Story }

func (c narrowCorpus) Stories() []story.Story { return c.stories }
func (c narrowCorpus) DocFreq(string) int     { return 1 }

// The stories' words WordNet lists a word as the wider word for are found
// by that word in any form ("cellblocks" for "blocks" and "block"); words
// only spelled alike are not ("massacre" for "acre", "millions" for
// "lion", "current" for "rent"), nor is a name.
func TestNarrower(t *testing.T) {
	var rd Reader
	v := rd.Vocabulary(narrowCorpus{[]story.Story{{Text: "Troops entered three cellblocks. The massacre left millions in current debt. Later, Ward Hill said the Ward Hill prison was calm."}}})
	for w, want := range map[string][]string{"blocks": {"cellblocks"}, "block": {"cellblocks"}, "acre": nil, "lion": nil, "rent": nil, "hill": nil} {
		if got := v.Narrower(w); !slices.Equal(got, want) {
			t.Errorf("Narrower(%q) = %q, want %q", w, got, want)
		}
	}
}
