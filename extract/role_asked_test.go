package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/internal/testindex"
)

// A named person's role asked for in other words than "who is" ("what
// position does he hold", "which function has he") is answered as "who is
// Guillermo Rodriguez" is: by the sentence that says what he is, not
// hedged for lack of the words "position" or "function" in it.
func TestSeedRoleOfANamedPerson(t *testing.T) {
	ix := testindex.Seed(t)
	for _, q := range []string{"what position does Guillermo Rodriguez hold", "Who is this Mr. Guillermo Rodriguez, which function has he?", "what is Rodriguez's job"} {
		if got := askText(t, ix, q); !strings.HasPrefix(got, "Guillermo Rodriguez is the general director") {
			t.Errorf("%q: %q", q, got)
		}
	}
	// a question that asks more than who he is keeps its role word
	for _, q := range []string{"what was Rodriguez's role in the riot", "What was Lasso's job before he became president?"} {
		if keys := keyTermsOf(ix, q); !slices.ContainsFunc(keys, func(k string) bool { return k == "role" || k == "job" }) {
			t.Errorf("%q: keys %v lost the role word", q, keys)
		}
	}
	// without a name the story holds, the role word is the topic
	if keys := keyTermsOf(ix, "what role did the army play"); !slices.Contains(keys, "role") {
		t.Errorf("what role did the army play: keys %v lost \"role\"", keys)
	}
}
