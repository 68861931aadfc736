package retrieval

import (
	"math"
	"sort"
	"sync"
)

// BM25 parameters: the usual values from the literature (Robertson and
// Zaragoza). k1 = 1.2 lets a repeated word count, with quickly diminishing
// returns; b = 0.75 normalizes for chunk length, which varies little here.
const (
	bm25K1 = 1.2
	bm25B  = 0.75
)

// BM25 is an inverted index over chunk texts.
type BM25 struct {
	terms    map[string]int32 // term -> row in postings
	postings [][]posting
	docLen   []uint16
	avgLen   float64
	pool     sync.Pool // *[]float32 score accumulators, one per concurrent query
}

type posting struct {
	doc uint32
	tf  uint16
}

// NewBM25 indexes docs; a document's position is its ID in results.
func NewBM25(docs []string) *BM25 {
	ix := &BM25{terms: make(map[string]int32), docLen: make([]uint16, len(docs))}
	var total int
	var buf []byte
	tf := []uint32{} // per term row: count in the current document
	var rows []int32 // rows seen in the current document
	for d, text := range docs {
		rows = rows[:0]
		n := 0
		buf = eachTerm(text, buf, func(t []byte) {
			n++
			row, ok := ix.terms[string(t)]
			if !ok {
				row = int32(len(ix.postings))
				ix.terms[string(t)] = row
				ix.postings = append(ix.postings, nil)
				tf = append(tf, 0)
			}
			if tf[row] == 0 {
				rows = append(rows, row)
			}
			tf[row]++
		})
		n = min(n, math.MaxUint16)
		ix.docLen[d] = uint16(n)
		total += n
		for _, row := range rows {
			ix.postings[row] = append(ix.postings[row], posting{doc: uint32(d), tf: uint16(min(tf[row], math.MaxUint16))})
			tf[row] = 0
		}
	}
	if len(docs) > 0 {
		ix.avgLen = float64(total) / float64(len(docs))
	}
	// Trim the slack append left, which would otherwise average a third of
	// the postings' memory.
	for i, p := range ix.postings {
		ix.postings[i] = p[:len(p):len(p)]
	}
	n := len(docs)
	ix.pool.New = func() any { s := make([]float32, n); return &s }
	return ix
}

// Len is the number of documents.
func (ix *BM25) Len() int { return len(ix.docLen) }

// DocFreq is how many documents hold the stemmed term.
func (ix *BM25) DocFreq(term string) int {
	if row, ok := ix.terms[term]; ok {
		return len(ix.postings[row])
	}
	return 0
}

// IDF is the BM25 inverse document frequency of a stemmed term; a term no
// document holds gets the highest value a term could have.
func (ix *BM25) IDF(term string) float64 {
	n := float64(len(ix.docLen))
	df := float64(ix.DocFreq(term))
	return math.Log(1 + (n-df+0.5)/(df+0.5))
}

// WeightedTerm is a query term with its weight (1 for the asker's own
// words, less for synonyms).
type WeightedTerm struct {
	Term   string
	Weight float64
}

// QueryTerms turns a query into weighted terms: its own terms at weight 1
// and their synonyms at SynonymWeight, each term once at its highest weight.
func QueryTerms(query string) []WeightedTerm {
	seen := make(map[string]int)
	var out []WeightedTerm
	add := func(t string, w float64) {
		if i, ok := seen[t]; ok {
			out[i].Weight = max(out[i].Weight, w)
			return
		}
		seen[t] = len(out)
		out = append(out, WeightedTerm{t, w})
	}
	terms := Terms(query)
	for _, t := range terms {
		add(t, 1)
	}
	for _, t := range terms {
		for _, s := range Synonyms(t) {
			add(s, SynonymWeight)
		}
	}
	return out
}

// SynonymWeight is how much a synonym counts against the asker's own word:
// enough to find "death toll" for "died", not enough to outrank a passage
// that uses the question's own words.
const SynonymWeight = 0.6

// Scored is a document and its score.
type Scored struct {
	Doc   int
	Score float64
}

// Search returns up to k documents by BM25 score, best first; documents
// that match no term are not returned.
func (ix *BM25) Search(q []WeightedTerm, k int) []Scored {
	if k <= 0 || len(ix.docLen) == 0 {
		return nil
	}
	accp := ix.pool.Get().(*[]float32)
	acc := *accp
	defer ix.pool.Put(accp)
	var touched []uint32
	for _, wt := range q {
		row, ok := ix.terms[wt.Term]
		if !ok {
			continue
		}
		ps := ix.postings[row]
		idf := float32(ix.IDF(wt.Term) * wt.Weight)
		norm := float32(bm25K1 * (1 - bm25B))
		lenF := float32(bm25K1 * bm25B / ix.avgLen)
		for _, p := range ps {
			tf := float32(p.tf)
			s := idf * tf * (bm25K1 + 1) / (tf + norm + lenF*float32(ix.docLen[p.doc]))
			if acc[p.doc] == 0 {
				touched = append(touched, p.doc)
			}
			acc[p.doc] += s
		}
	}
	out := topK(acc, touched, k)
	for _, d := range touched {
		acc[d] = 0
	}
	return out
}

// topK picks the k best of the touched documents: a bounded min-heap,
// then sorted. Ties go to the lower document number, so results are stable.
func topK(acc []float32, touched []uint32, k int) []Scored {
	h := make([]Scored, 0, k)
	less := func(a, b Scored) bool { // a is worse than b
		return a.Score < b.Score || (a.Score == b.Score && a.Doc > b.Doc)
	}
	down := func(i int) {
		for {
			l, m := 2*i+1, i
			if l < len(h) && less(h[l], h[m]) {
				m = l
			}
			if r := l + 1; r < len(h) && less(h[r], h[m]) {
				m = r
			}
			if m == i {
				return
			}
			h[i], h[m] = h[m], h[i]
			i = m
		}
	}
	for _, d := range touched {
		s := Scored{int(d), float64(acc[d])}
		if len(h) < k {
			h = append(h, s)
			for i := len(h) - 1; i > 0; {
				p := (i - 1) / 2
				if !less(h[i], h[p]) {
					break
				}
				h[i], h[p] = h[p], h[i]
				i = p
			}
		} else if less(h[0], s) {
			h[0] = s
			down(0)
		}
	}
	sort.Slice(h, func(i, j int) bool { return less(h[j], h[i]) })
	return h
}
