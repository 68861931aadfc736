package retrieval_test

import (
	"testing"

	"github.com/storybot-dev/storybot/retrieval"
	"github.com/storybot-dev/storybot/text"
)

// Review 6: the irregular forms are those of each word's lemma, not of the
// word as typed ("fleeing": "fled") nor of its stem ("bleed", stem "ble":
// "bled"), weighted as the lemma.
func TestQueryTermsInflectionsOfLemmaReview6(t *testing.T) {
	for q, form := range map[string]string{
		"were the inmates fleeing":     "fled",
		"did the guards bleed":         "bled",
		"where did the gang hide guns": "hid",
	} {
		got := map[string]float64{}
		for _, wt := range retrieval.QueryTerms(q) {
			got[wt.Term] = wt.Weight
		}
		term := text.Terms(form)[0]
		if got[term] != retrieval.LemmaWeight {
			t.Errorf("QueryTerms(%q) gives %q weight %v, want LemmaWeight %v", q, term, got[term], retrieval.LemmaWeight)
		}
	}
}
