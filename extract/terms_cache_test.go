package extract

import (
	"maps"
	"testing"

	"github.com/storybot-dev/storybot/internal/testindex"
	"github.com/storybot-dev/storybot/text"
)

// The term sets kept across questions (textTerms, sentenceTerms) are
// shared: answering must never write to them. After a round of questions
// each still equals the set read afresh.
func TestTermSetsKeptUnchanged(t *testing.T) {
	ix := testindex.Seed(t)
	for _, q := range []string{"how many people died", "who is the general director of the SNAI", "where were the guards held hostage", "when did the clashes begin", "what did they find inside the prison"} {
		askText(t, ix, q)
		askText(t, ix, q) // the second time from the kept sets
	}
	for _, st := range ix.Stories() {
		if got, want := textTerms(st.Text), text.TermSet(st.Text); !maps.Equal(got, want) {
			t.Errorf("the kept terms of %s changed: %d terms, want %d", st.Source, len(got), len(want))
		}
		for _, sp := range text.Sentences(st.Text, 0, len(st.Text)) {
			txt := st.Text[sp.Start:sp.End]
			if got, want := sentenceTerms(txt), withIrregular(text.TermSet(txt), txt); !maps.Equal(got, want) {
				t.Errorf("the kept terms of %q changed: %v, want %v", txt, got, want)
			}
		}
	}
}
