package retrieval_test

import (
	"testing"

	"github.com/storybot-dev/storybot/retrieval"
	"github.com/storybot-dev/storybot/text"
)

func TestQueryTermsWeighSynonymsBelowOwnWords(t *testing.T) {
	q := retrieval.QueryTerms("How many inmates died in the prison?")
	w := map[string]float64{}
	for _, wt := range q {
		if _, dup := w[wt.Term]; dup {
			t.Errorf("term %q appears twice in %v", wt.Term, q)
		}
		w[wt.Term] = wt.Weight
	}
	for _, own := range []string{"inmate", "died", "prison"} {
		if got := w[text.Stem(own)]; got != 1 {
			t.Errorf("own term %q has weight %v, want 1", own, got)
		}
	}
	// A synonym of an own word, not itself in the question, counts less.
	if got := w[text.Stem("toll")]; got != retrieval.SynonymWeight {
		t.Errorf("synonym toll has weight %v, want %v (terms %v)", got, retrieval.SynonymWeight, q)
	}
	// A word that is both asked and a synonym keeps the higher weight.
	q = retrieval.QueryTerms("death toll died")
	for _, wt := range q {
		if (wt.Term == text.Stem("death") || wt.Term == text.Stem("toll")) && wt.Weight != 1 {
			t.Errorf("own term %q has weight %v, want 1", wt.Term, wt.Weight)
		}
	}
}
