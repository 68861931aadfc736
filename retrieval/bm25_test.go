package retrieval_test

import (
	"math"
	"sync"
	"testing"

	"github.com/storybot-dev/storybot/retrieval"
	"github.com/storybot-dev/storybot/text"
)

// bm25 is the textbook formula (Robertson and Zaragoza), written out here
// so the index is checked against it and not against itself:
//
//	idf = ln(1 + (N - df + 0.5) / (df + 0.5))
//	score = idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * dl / avgdl))
func bm25(n, df, tf, dl int, avgdl float64) float64 {
	const k1, b = 1.2, 0.75
	idf := math.Log(1 + (float64(n)-float64(df)+0.5)/(float64(df)+0.5))
	return idf * float64(tf) * (k1 + 1) / (float64(tf) + k1*(1-b+b*float64(dl)/avgdl))
}

// The three documents are chosen so every word is its own term: no stop
// words, no stemming. Lengths 3, 2 and 4; average 3.
var bm25Docs = []string{
	"prison riot prison",   // d0: prison tf 2, riot tf 1
	"prison guard",         // d1: prison tf 1, guard tf 1
	"mayor city gang riot", // d2: mayor, city, gang, riot tf 1
}

func TestBM25Scores(t *testing.T) {
	ix := retrieval.NewBM25(bm25Docs)
	if ix.Len() != 3 {
		t.Fatalf("Len = %d, want 3", ix.Len())
	}
	const avg = 3.0
	tests := []struct {
		name string
		q    []retrieval.WeightedTerm
		k    int
		want []retrieval.Scored
	}{
		{"one term in two docs", []retrieval.WeightedTerm{{Term: "prison", Weight: 1}}, 5, []retrieval.Scored{
			{Doc: 0, Score: bm25(3, 2, 2, 3, avg)},
			{Doc: 1, Score: bm25(3, 2, 1, 2, avg)},
		}},
		{"k cuts the list", []retrieval.WeightedTerm{{Term: "prison", Weight: 1}}, 1, []retrieval.Scored{
			{Doc: 0, Score: bm25(3, 2, 2, 3, avg)},
		}},
		// riot: d0 (dl 3) beats d2 (dl 4) alone, but gang at half weight lifts d2.
		{"two terms, one weighted", []retrieval.WeightedTerm{{Term: "riot", Weight: 1}, {Term: "gang", Weight: 0.5}}, 5, []retrieval.Scored{
			{Doc: 2, Score: bm25(3, 2, 1, 4, avg) + 0.5*bm25(3, 1, 1, 4, avg)},
			{Doc: 0, Score: bm25(3, 2, 1, 3, avg)},
		}},
		{"rare term", []retrieval.WeightedTerm{{Term: "guard", Weight: 1}}, 5, []retrieval.Scored{
			{Doc: 1, Score: bm25(3, 1, 1, 2, avg)},
		}},
		{"unknown term", []retrieval.WeightedTerm{{Term: "quito", Weight: 1}}, 5, nil},
		{"k zero", []retrieval.WeightedTerm{{Term: "prison", Weight: 1}}, 0, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ix.Search(tt.q, tt.k)
			if len(got) != len(tt.want) {
				t.Fatalf("Search = %v, want %v", got, tt.want)
			}
			for i := range got {
				if got[i].Doc != tt.want[i].Doc || math.Abs(got[i].Score-tt.want[i].Score) > 1e-5 {
					t.Errorf("hit %d = %+v, want %+v", i, got[i], tt.want[i])
				}
			}
		})
	}
	// Sanity of the hand values themselves: the ranking above is real.
	if !(bm25(3, 2, 2, 3, avg) > bm25(3, 2, 1, 2, avg)) {
		t.Error("hand-computed scores do not rank d0 over d1")
	}
}

func TestBM25IDFAndDocFreq(t *testing.T) {
	ix := retrieval.NewBM25(bm25Docs)
	for term, df := range map[string]int{"prison": 2, "riot": 2, "guard": 1, "quito": 0} {
		if got := ix.DocFreq(term); got != df {
			t.Errorf("DocFreq(%q) = %d, want %d", term, got, df)
		}
		want := math.Log(1 + (3-float64(df)+0.5)/(float64(df)+0.5))
		if got := ix.IDF(term); math.Abs(got-want) > 1e-12 {
			t.Errorf("IDF(%q) = %v, want %v", term, got, want)
		}
	}
	// A term nobody has is worth more than any term somebody has.
	if ix.IDF("quito") <= ix.IDF("guard") {
		t.Error("IDF of an unknown term is not the highest")
	}
}

func TestBM25Ties(t *testing.T) {
	ix := retrieval.NewBM25([]string{"other words", "alpha beta", "alpha beta"})
	got := ix.Search([]retrieval.WeightedTerm{{Term: "alpha", Weight: 1}}, 5)
	if len(got) != 2 || got[0].Doc != 1 || got[1].Doc != 2 || got[0].Score != got[1].Score {
		t.Errorf("tied documents = %v, want docs 1 then 2 with equal scores", got)
	}
}

func TestBM25Empty(t *testing.T) {
	ix := retrieval.NewBM25(nil)
	if got := ix.Search([]retrieval.WeightedTerm{{Term: "prison", Weight: 1}}, 5); got != nil {
		t.Errorf("Search on an empty index = %v", got)
	}
	ix = retrieval.NewBM25([]string{"", "the of and"})
	if got := ix.Search(retrieval.QueryTerms("the prison"), 5); len(got) != 0 {
		t.Errorf("Search over documents with no terms = %v", got)
	}
}

// Searches share pooled accumulators; concurrent searches must not see
// each other's scores (run with -race).
func TestBM25Concurrent(t *testing.T) {
	ix := retrieval.NewBM25(bm25Docs)
	queries := [][]retrieval.WeightedTerm{
		{{Term: "prison", Weight: 1}},
		{{Term: "riot", Weight: 1}, {Term: "gang", Weight: 0.5}},
		{{Term: "guard", Weight: 1}},
	}
	want := make([][]retrieval.Scored, len(queries))
	for i, q := range queries {
		want[i] = ix.Search(q, 5)
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := range 200 {
				i := (g + n) % len(queries)
				got := ix.Search(queries[i], 5)
				if len(got) != len(want[i]) {
					t.Errorf("concurrent search %d = %v, want %v", i, got, want[i])
					return
				}
				for j := range got {
					if got[j] != want[i][j] {
						t.Errorf("concurrent search %d = %v, want %v", i, got, want[i])
						return
					}
				}
			}
		}()
	}
	wg.Wait()
}

// A question in the base form finds the story's irregular past: "flee"
// finds "fled" (a regular form needs no help: the stem reaches it).
func TestQueryTermsIrregularForms(t *testing.T) {
	got := map[string]float64{}
	for _, wt := range retrieval.QueryTerms("how many inmates flee") {
		got[wt.Term] = wt.Weight
	}
	fled := text.Terms("fled")[0]
	if got[fled] != retrieval.LemmaWeight {
		t.Errorf("QueryTerms(flee) gives %q weight %v, want LemmaWeight %v (all: %v)", fled, got[fled], retrieval.LemmaWeight, got)
	}
	ix := retrieval.NewBM25([]string{"Inmates said the guards stayed.", "Eighty inmates fled through the gap."})
	if res := ix.Search(retrieval.QueryTerms("how many inmates flee"), 1); len(res) == 0 || res[0].Doc != 1 {
		t.Errorf("search for inmates fleeing = %v, want the sentence that says they fled (doc 1)", res)
	}
}
