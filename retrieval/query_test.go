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

// TestQueryTermsFromWordNet: a word the news synonyms don't know brings its
// WordNet base form and synonyms, below the asker's own words and below
// the news synonyms.
func TestQueryTermsFromWordNet(t *testing.T) {
	w := map[string]float64{}
	for _, wt := range retrieval.QueryTerms("the jailbreak in nigeria") {
		w[wt.Term] = wt.Weight
	}
	if got := w[text.Stem("escape")]; got != retrieval.WordNetWeight {
		t.Errorf("escape (WordNet, for jailbreak) has weight %v, want %v: %v", got, retrieval.WordNetWeight, w)
	}
	if w[text.Stem("jailbreak")] != 1 {
		t.Errorf("the asker's own word lost its weight: %v", w)
	}
	if !(retrieval.WordNetWeight < retrieval.SynonymWeight && retrieval.SynonymWeight < 1) {
		t.Error("WordNet alternatives must count below the news synonyms, which count below the asker's words")
	}
	w = map[string]float64{}
	for _, wt := range retrieval.QueryTerms("who seized the guns") {
		w[wt.Term] = wt.Weight
	}
	if got := w[text.Stem("seize")]; got < retrieval.LemmaWeight {
		t.Errorf("seize (the base form of seized) has weight %v, want at least %v", got, retrieval.LemmaWeight)
	}
}
