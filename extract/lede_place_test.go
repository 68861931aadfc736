package extract

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/internal/testindex"
)

// "Where did this happen?" of one story: the place its lede sets it in,
// the city its title's country leaves out; before, "The stories don't
// say." (no key term).
func TestWhereDidThisHappen(t *testing.T) {
	ix := testindex.Seed(t)
	for _, q := range []string{"where did this happen", "where was this?", "where did it happen"} {
		if got := askText(t, ix, q); !strings.Contains(got, "in the city of Guayaquil") {
			t.Errorf("%q: %q", q, got)
		}
	}
	// a lede that names no place beyond the title's: the first sentence
	// that names one
	one := map[string]string{"a.txt": " date 2024-03-01 STORY: Floods in Manila.\n\nFloods swept homes in Manila on Friday. Rescuers worked through the night.\n"}
	if got := askOf(t, one, "where did this happen").Text; !strings.Contains(got, "Manila") {
		t.Errorf("title place: %q", got)
	}
	// of many stories, "this" is none in particular
	two := map[string]string{"a.txt": one["a.txt"], "b.txt": " date 2024-03-02 STORY: Fire in Lima.\n\nA fire broke out in a market in Lima on Saturday.\n"}
	if a := askOf(t, two, "where did this happen"); !a.Abstained {
		t.Errorf("two stories: %q, want the stories don't say", a.Text)
	}
}

// "How many inmates died" asks of the one event: "hundreds of prisoners"
// since 2021 is a total over years, no answer to it (at most the closest
// passage; nor is the death toll, which does not say who the 31 were);
// "how many people died" is answered by the toll.
func TestSeedInmatesDied(t *testing.T) {
	ix := testindex.Seed(t)
	for _, q := range []string{"how many inmates died", "how many inmates were killed", "how many prisoners died"} {
		if got := askText(t, ix, q); strings.Contains(got, "hundreds of prisoners") && !strings.HasPrefix(got, Hedge) {
			t.Errorf("%q: %q", q, got)
		}
	}
	if got := askText(t, ix, "how many people died"); !strings.HasPrefix(got, "Ecuador’s attorney general on Tuesday raised the death toll") {
		t.Errorf("how many people died: %q", got)
	}
}
