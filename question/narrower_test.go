package question

import (
	"slices"
	"testing"

	"github.com/storybot-dev/storybot/story"
)

type narrowCorpus struct{ stories []story.Story }

func (c narrowCorpus) Stories() []story.Story { return c.stories }
func (c narrowCorpus) DocFreq(string) int     { return 1 }

// The stories' closed compounds WordNet relates to their last part are
// found by that part in any form ("cellblocks" for "blocks" and "block");
// words only spelled alike are not ("massacre" for "acre", "millions" for
// "lion", "current" for "rent"), nor a synonym of another sense ("guards"
// for "wards"), nor a name.
func TestNarrower(t *testing.T) {
	var rd Reader
	v := rd.Vocabulary(narrowCorpus{[]story.Story{{Text: "Troops entered three cellblocks. The massacre left millions in current debt. Three guards were hurt. Later, Ward Hill said the Ward Hill prison was calm."}}})
	for w, want := range map[string][]string{"blocks": {"cellblocks"}, "block": {"cellblocks"}, "acre": nil, "lion": nil, "rent": nil, "ward": nil, "hill": nil} {
		if got := v.Narrower(w); !slices.Equal(got, want) {
			t.Errorf("Narrower(%q) = %q, want %q", w, got, want)
		}
	}
}
