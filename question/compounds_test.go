package question

import (
	"slices"
	"testing"

	"github.com/storybot-dev/storybot/story"
)

type compoundCorpus struct{ stories []story.Story }

func (c compoundCorpus) Stories() []story.Story { return c.stories }
func (c compoundCorpus) DocFreq(string) int     { return 1 }

// The stories' closed compounds are found by their second part, a word of
// four letters or more after one of three or more: "cellblocks" for
// "blocks", "gunshot" for "shot"; a name ("Jacksonville") is no compound,
// nor a part too short ("ore" of "ashore").
func TestCompounds(t *testing.T) {
	var rd Reader
	v := rd.Vocabulary(compoundCorpus{[]story.Story{{Text: "Troops entered three cellblocks after a gunshot. They came from Jacksonville and went ashore."}}})
	for w, want := range map[string][]string{"blocks": {"cellblocks"}, "shot": {"gunshot"}, "ville": nil, "ore": nil, "cellblocks": nil} {
		if got := v.Compounds(w); !slices.Equal(got, want) {
			t.Errorf("Compounds(%q) = %q, want %q", w, got, want)
		}
	}
}
