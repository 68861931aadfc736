package extract

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/internal/testindex"
)

// The seed's prison asked for by name as people type it: each is answered
// with the sentence that names the Penitenciaria del Litoral. Before, "what
// the prison name" gave the prison authority's sentence and "the jail is
// called what" the Esmeraldas jail's.
func TestSeedPrisonNameAsTyped(t *testing.T) {
	ix := testindex.Seed(t)
	for _, q := range []string{"what the prison name", "and the jail itself is called what", "what is the jail name", "name of prison?", "the jail's name", "prison name what?"} {
		if got := askText(t, ix, q); !strings.Contains(got, "Penitenciaria del Litoral") || strings.HasPrefix(got, "I couldn't") {
			t.Errorf("%q: %q, want the sentence naming the Penitenciaria del Litoral", q, got)
		}
	}
}
