package question

import (
	"testing"

	"github.com/storybot-dev/storybot/internal/testindex"
)

// A question typed with caps lock on is read in lower case, so that its
// words are neither names nor acronyms: "WHERE WAS THEM HOSTAGES AT" reads
// as "where was them hostages at" would (tuning writer allcaps).
func TestReadUncapped(t *testing.T) {
	ix := testindex.Seed(t)
	var rd Reader
	for q, want := range map[string]string{
		"HOW MANY DIED IN GUAYAQUIL": "how many died in guayaquil",
		"what is the SNAI":           "what is the SNAI",
	} {
		if got := rd.Read(ix, q); got != want {
			t.Errorf("Read(%q) = %q, want %q", q, got, want)
		}
	}
}
