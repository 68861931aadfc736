package bot

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/storybot-dev/storybot/internal/testindex"
)

// "Can fit in the new prison" is answered by the capacity, not by how many
// the prison held on a day.
func TestCapacityNotHeldNow_review5(t *testing.T) {
	b := New(capacityStory(t), nil, DefaultOptions(), nil)
	q := "how many inmates can fit in the new prison"
	if a := askOffline(t, b, q); a.Abstained || !strings.Contains(a.Text, "40,000") {
		t.Errorf("%q: got %q, want the capacity of 40,000", q, a.Text)
	}
}

// The commit's own example, the place between "can" and "hold", is read as
// no capacity question: the bot answers with how many the prison held.
func TestCapacityPlaceBetweenCanAndHold_review5(t *testing.T) {
	b := New(capacityStory(t), nil, DefaultOptions(), nil)
	for _, q := range []string{"how many inmates can the new prison hold", "how many inmates could the new prison hold"} {
		if a := askOffline(t, b, q); a.Abstained || !strings.Contains(a.Text, "40,000") {
			t.Errorf("%q: got %q, want the capacity of 40,000", q, a.Text)
		}
	}
}

// "Would take part" asks how many took part, not a capacity: the count the
// story gives answers it.
func TestTakePartIsNoCapacity_review5(t *testing.T) {
	story := "Protesters plan a march in Quito\n\nOrganisers said 5,000 people would take part in Saturday's march against the curfew in Quito. The police said they would close the main square during the march.\n\nThe curfew in Quito has been in force since January, and 300 people have been arrested for breaking it.\n"
	b := New(testindex.Of(t, fstest.MapFS{"001_march.txt": {Data: []byte(story)}}), nil, DefaultOptions(), nil)
	q := "how many people would take part in the march"
	if a := askOffline(t, b, q); a.Abstained || !strings.Contains(a.Text, "5,000") {
		t.Errorf("%q: got %q, want 5,000", q, a.Text)
	}
}

func capacityStory(t *testing.T) Searcher {
	story := "El Salvador opens its new prison\n\nThe new prison held 2,000 inmates by Friday, officials said, after the first transfers from jails across the country.\n\nThe government says the complex has room for 40,000 prisoners in eight cellblocks.\n"
	return testindex.Of(t, fstest.MapFS{"001_prison.txt": {Data: []byte(story)}})
}
