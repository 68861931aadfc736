package storytest

import (
	"math/rand/v2"
	"strings"
)

// Small makes random small stories from a vocabulary of 80 made-up
// words, so terms are shared between stories and document frequencies
// move with every change: for tests of updates. R is its random source,
// for the test's own choices, so one seed fixes the whole run.
type Small struct {
	R     *rand.Rand
	Vocab []string
}

// NewSmall returns the generator for seed.
func NewSmall(seed uint64) *Small {
	g := &Small{R: rand.New(rand.NewPCG(seed, 7))}
	for i := range 80 {
		g.Vocab = append(g.Vocab, smallWord(i))
	}
	return g
}

// smallWord is the i-th word of Small's vocabulary.
func smallWord(i int) string {
	const syl = "ka lo mi ne ru sa te vo"
	parts := strings.Fields(syl)
	return parts[i%8] + parts[(i/8)%8] + parts[(i/64)%8] + "n"
}

// Sentence makes one sentence of 4 to 11 words.
func (g *Small) Sentence() string {
	n := 4 + g.R.IntN(8)
	w := make([]string, n)
	for i := range w {
		w[i] = g.Vocab[g.R.IntN(len(g.Vocab))]
	}
	w[0] = strings.ToUpper(w[0][:1]) + w[0][1:]
	return strings.Join(w, " ") + "."
}

// Text makes a story of 1 to 9 sentences.
func (g *Small) Text() string {
	var s []string
	for range 1 + g.R.IntN(9) {
		s = append(s, g.Sentence())
	}
	return strings.Join(s, " ")
}

// Edit changes a story a little (one sentence replaced, one added at the
// start or the end) or wholly, so chunks are kept, shifted and replaced.
func (g *Small) Edit(text string) string {
	sents := strings.SplitAfter(text, ". ")
	switch g.R.IntN(4) {
	case 0:
		sents[g.R.IntN(len(sents))] = g.Sentence() + " "
	case 1:
		sents = append([]string{g.Sentence() + " "}, sents...)
	case 2:
		return strings.TrimSpace(text) + " " + g.Sentence()
	default:
		return g.Text()
	}
	return strings.TrimSpace(strings.Join(sents, ""))
}

// Queries makes questions of the vocabulary's words, and one that
// matches nothing.
func (g *Small) Queries() []string {
	var qs []string
	for range 6 {
		var w []string
		for range 1 + g.R.IntN(5) {
			w = append(w, g.Vocab[g.R.IntN(len(g.Vocab))])
		}
		qs = append(qs, strings.Join(w, " "))
	}
	// (Not "": every vector ties with the empty query's, and ties beyond
	// the few QueryVector sorts fall where chromem's goroutines put them.)
	return append(qs, "nothing here matches")
}
