package bot

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/extract"
	"github.com/storybot-dev/storybot/internal/testindex"
)

// A question for how many a prison can hold is answered by its capacity
// ("room for 40,000 inmates"), not by how many were moved into it (1,500).
func TestCapacityAnswered(t *testing.T) {
	b := New(testindex.News(t), nil, DefaultOptions(), nil)
	for _, q := range []string{
		"how many inmates can the new prison in El Salvador hold",
		"According to the government of El Salvador, what is the inmate capacity of the Center for the Confinement of Terrorism",
	} {
		a := askOffline(t, b, q)
		if a.Abstained || !strings.Contains(a.Text, "40,000") {
			t.Errorf("%q: got %q, want the capacity of 40,000", q, a.Text)
		}
	}
}

// How many a prison holds now is not its capacity: the news set gives
// only El Salvador's capacity and the 1,500 moved there, so the count of
// all inmates inside is not answered with "room for 40,000".
func TestCapacityIsNoCount(t *testing.T) {
	b := New(testindex.News(t), nil, DefaultOptions(), nil)
	q := "how many prisoners are inside the big El Salvador prison now in total"
	if a := askOffline(t, b, q); !a.Abstained && strings.Contains(a.Text, "40,000") {
		t.Errorf("%q answered with the capacity: %q", q, a.Text)
	}
}

// A count the question states may be a capacity: "El Salvador mega
// prison holds 40k inmates??" is checked against "room for 40,000
// inmates", though what it counts (inmates) is read off its number.
func TestClaimedCountMayBeACapacity(t *testing.T) {
	b := New(testindex.News(t), nil, DefaultOptions(), nil)
	for _, q := range []string{"El Salvador mega prison holds 40k inmates??", "the el salvador prison has 40,000 inmates right"} {
		a := askOffline(t, b, q)
		if a.Abstained || strings.HasPrefix(a.Text, extract.Hedge) || !strings.Contains(a.Text, "40,000") {
			t.Errorf("%q: got %q, want the capacity of 40,000", q, a.Text)
		}
	}
}

// "How did the officers manage to get inside" asks the way in: the
// managing is no topic the answer must hold (it was hedged over the
// news set, "manage" weighing a third of the question).
func TestManagedToGetInside(t *testing.T) {
	b := New(testindex.News(t), nil, DefaultOptions(), nil)
	q := "How did the officers manage to get inside? I would imagine the men had barricaded the doors."
	if a := askOffline(t, b, q); a.Abstained || strings.HasPrefix(a.Text, extract.Hedge) || !strings.Contains(a.Text, "controlled detonations") {
		t.Errorf("%q: got %q, want the controlled detonations", q, a.Text)
	}
}
