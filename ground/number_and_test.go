package ground

import (
	"slices"
	"testing"

	"github.com/storybot-dev/storybot/text"
)

// A number written in words ends on a number word, never on "and": "two
// hundred families, and a city council" counts families, not the city;
// "three hundred and four inmates" is one number.
func TestNumberInWordsEndsOnANumber(t *testing.T) {
	for _, c := range []struct {
		claim, val, noun string
	}{
		{"roughly two hundred families, and a city council spokesperson said", "200", "fami"},
		{"three hundred and four inmates were moved", "304", "inmat"},
	} {
		ns := numberNouns(text.Words(c.claim))
		if len(ns) != 1 || ns[0].val != c.val || !slices.Contains(ns[0].nouns, stemOf(c.noun+"s")) && !slices.Contains(ns[0].nouns, c.noun) {
			t.Errorf("numberNouns(%q) = %+v, want %s of %q", c.claim, ns, c.val, c.noun)
		}
	}
}
