package retrieval

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// topN keeps what sorting everything and taking the first n would, ties
// included, whatever the order the results come in.
func TestTopNIsTheFirstNOfASort(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	worse := func(a, b Scored) bool { return a.Score < b.Score || a.Score == b.Score && a.Doc > b.Doc }
	for trial := range 300 {
		all := make([]Scored, r.IntN(40))
		for i := range all {
			all[i] = Scored{Doc: i, Score: float64(r.IntN(8))} // many ties
		}
		r.Shuffle(len(all), func(i, j int) { all[i], all[j] = all[j], all[i] })
		n := r.IntN(12)
		top := newTopN(n, worse)
		for _, s := range all {
			top.offer(s)
		}
		want := slices.Clone(all)
		sortScored(want)
		want = want[:min(n, len(want))]
		if diff := cmp.Diff(want, top.best()); diff != "" {
			t.Fatalf("trial %d, n %d (-sorted +topN):\n%s", trial, n, diff)
		}
	}
}
