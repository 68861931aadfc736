package retrieval

import (
	"math"
	"sync"

	"github.com/storybot-dev/storybot/text"
)

// BM25 parameters: the usual values from the literature (Robertson and
// Zaragoza). k1 = 1.2 lets a repeated word count, with quickly diminishing
// returns; b = 0.75 normalizes for chunk length, which varies little here.
const (
	bm25K1 = 1.2
	bm25B  = 0.75
)

// BM25 is an inverted index over chunk texts. A BM25 is never modified once
// made: an update (patch) makes a new version that shares what did not
// change with the old one, so searches on the old version go on unaffected.
type BM25 struct {
	// base maps terms to rows; shared by the versions patched from one
	// another and never written once made. extra holds the terms first
	// seen since base was made: this version's own map, small, merged into
	// a new base when it grows.
	base, extra map[string]int32
	// postings is this version's row table; the lists it points to are
	// never modified (a patched row gets a new list). Each list is in
	// ascending document order.
	postings [][]posting
	// docLen is every document's length in terms, by document number.
	// Numbers are never reused: a patch appends the lengths of its new
	// documents past the end of this version's slice, where no older
	// version looks.
	docLen []uint16
	docs   int   // documents in this version
	total  int64 // their summed length
	avgLen float64
	// order ranks documents for ties (the chunk's position in the
	// corpus); nil means the document number itself.
	order []int32
	pool  *sync.Pool // *[]float32 score accumulators, shared by all versions
}

type posting struct {
	doc uint32
	tf  uint16
}

// NewBM25 indexes docs; a document's position is its ID in results.
func NewBM25(docs []string) *BM25 {
	ix := &BM25{base: make(map[string]int32), docLen: make([]uint16, len(docs)), pool: new(sync.Pool)}
	var buf []byte
	tf := []uint32{} // per term row: count in the current document
	var rows []int32 // rows seen in the current document
	for d, doc := range docs {
		rows = rows[:0]
		n := 0
		buf = text.EachTerm(doc, buf, func(t []byte) {
			n++
			row, ok := ix.base[string(t)]
			if !ok {
				row = int32(len(ix.postings))
				ix.base[string(t)] = row
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
		ix.total += int64(n)
		for _, row := range rows {
			ix.postings[row] = append(ix.postings[row], posting{doc: uint32(d), tf: uint16(min(tf[row], math.MaxUint16))})
			tf[row] = 0
		}
	}
	ix.docs = len(docs)
	ix.setAvg()
	// Trim the slack append left, which would otherwise average a third of
	// the postings' memory.
	for i, p := range ix.postings {
		ix.postings[i] = p[:len(p):len(p)]
	}
	return ix
}

func (ix *BM25) setAvg() {
	ix.avgLen = 0
	if ix.docs > 0 {
		ix.avgLen = float64(ix.total) / float64(ix.docs)
	}
}

// row finds a term's row.
func (ix *BM25) row(term string) (int32, bool) {
	if r, ok := ix.base[term]; ok {
		return r, true
	}
	r, ok := ix.extra[term]
	return r, ok
}

// docText is a document to add or remove, with its text.
type docText struct {
	doc  uint32
	text string
}

// patch returns a new version of ix without the removed documents (given
// with the texts they were indexed from) and with the added ones, whose
// numbers must follow on from len(ix.docLen) in order. Document
// frequencies, the document count and the average length are exact: the
// new version scores as an index built from scratch on the same documents
// would. Only the rows of the terms involved are rewritten. order ranks
// the new version's documents for ties.
func (ix *BM25) patch(removed, added []docText, order []int32) *BM25 {
	nx := &BM25{base: ix.base, extra: ix.extra, docLen: ix.docLen, docs: ix.docs, total: ix.total, order: order, pool: ix.pool}
	nx.postings = make([][]posting, len(ix.postings), len(ix.postings)+64)
	copy(nx.postings, ix.postings)
	var buf []byte
	gone := make(map[uint32]bool, len(removed))
	rows := map[int32]bool{} // rows that lose documents
	for _, d := range removed {
		gone[d.doc] = true
		nx.docs--
		nx.total -= int64(ix.docLen[d.doc])
		buf = text.EachTerm(d.text, buf, func(t []byte) {
			if r, ok := ix.row(string(t)); ok {
				rows[r] = true
			}
		})
	}
	for r := range rows {
		old := nx.postings[r]
		keep := make([]posting, 0, len(old))
		for _, p := range old {
			if !gone[p.doc] {
				keep = append(keep, p)
			}
		}
		nx.postings[r] = keep
	}
	extraCopied := false
	for _, d := range added {
		if int(d.doc) != len(nx.docLen) {
			panic("retrieval: BM25 documents added out of order")
		}
		tf := map[int32]int{}
		var order []int32
		n := 0
		buf = text.EachTerm(d.text, buf, func(t []byte) {
			n++
			r, ok := nx.row(string(t))
			if !ok {
				if !extraCopied {
					nx.extra = make(map[string]int32, len(ix.extra)+64)
					for k, v := range ix.extra {
						nx.extra[k] = v
					}
					extraCopied = true
				}
				r = int32(len(nx.postings))
				nx.extra[string(t)] = r
				nx.postings = append(nx.postings, nil)
			}
			if tf[r] == 0 {
				order = append(order, r)
			}
			tf[r]++
		})
		n = min(n, math.MaxUint16)
		nx.docLen = append(nx.docLen, uint16(n))
		nx.docs++
		nx.total += int64(n)
		for _, r := range order {
			old := nx.postings[r]
			// A fresh list when the row is still shared with ix (appending
			// to it could write into memory another version reads).
			if !rows[r] {
				old = append(make([]posting, 0, len(old)+1), old...)
				rows[r] = true
			}
			nx.postings[r] = append(old, posting{doc: d.doc, tf: uint16(min(tf[r], math.MaxUint16))})
		}
	}
	nx.setAvg()
	// Fold the new terms into a new base once they are many, so lookups
	// stay one map probe and each patch copies a small map.
	if len(nx.extra) > max(1024, len(nx.base)/8) {
		base := make(map[string]int32, len(nx.base)+len(nx.extra))
		for k, v := range nx.base {
			base[k] = v
		}
		for k, v := range nx.extra {
			base[k] = v
		}
		nx.base, nx.extra = base, nil
	}
	return nx
}

// Len is the number of documents.
func (ix *BM25) Len() int { return ix.docs }

// DocFreq is how many documents hold the stemmed term.
func (ix *BM25) DocFreq(term string) int {
	if row, ok := ix.row(term); ok {
		return len(ix.postings[row])
	}
	return 0
}

// IDF is the BM25 inverse document frequency of a stemmed term; a term no
// document holds gets the highest value a term could have.
func (ix *BM25) IDF(term string) float64 {
	n := float64(ix.docs)
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
	terms := text.Terms(query)
	for _, t := range terms {
		add(t, 1)
	}
	for _, t := range terms {
		for _, s := range text.StemSynonyms(t) {
			add(s, SynonymWeight)
		}
	}
	// WordNet's base form, its irregular forms, synonyms and derivations of
	// each word, below the news synonyms: "jailbreak" finds "escape",
	// "seized" finds "seize", "begin" finds "began".
	for _, w := range text.Words(query) {
		if len(text.Terms(w)) == 0 {
			continue // a stop word
		}
		lemma := text.Lemma(w)
		for _, t := range text.Terms(lemma) {
			add(t, LemmaWeight)
		}
		// The text's irregular forms of it: "begin" finds "began".
		for _, f := range text.Inflections(lemma) {
			for _, t := range text.Terms(f) {
				add(t, LemmaWeight)
			}
		}
		for _, alt := range wordnetAlternatives(w, lemma) {
			for _, t := range text.Terms(alt) {
				add(t, WordNetWeight)
			}
		}
	}
	return out
}

// wordnetAlternatives are WordNet's synonyms of w and of its lemma and
// the lemma's derivations, the first few of each: past them WordNet's rarer
// senses ("die": "go", "pass") bring noise, not recall.
func wordnetAlternatives(w, lemma string) []string {
	const each = 4
	var out []string
	for _, x := range [][]string{text.Synonyms(w), text.Synonyms(lemma), text.Related(lemma)} {
		out = append(out, x[:min(len(x), each)]...)
	}
	return out
}

// LemmaWeight is how much a question word's base form counts when the
// stemmer missed it ("seized": "seize", "ran": "run"); WordNetWeight how much
// a WordNet synonym or derivation counts: below the news synonyms, whose
// pairs were chosen for news text.
const (
	LemmaWeight   = 0.9
	WordNetWeight = 0.25
)

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
	if k <= 0 || ix.docs == 0 {
		return nil
	}
	accp, _ := ix.pool.Get().(*[]float32)
	if accp == nil || len(*accp) < len(ix.docLen) {
		// Documents were added since this accumulator was made.
		s := make([]float32, len(ix.docLen))
		accp = &s
	}
	acc := *accp
	defer ix.pool.Put(accp)
	var touched []uint32
	for _, wt := range q {
		row, ok := ix.row(wt.Term)
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
	out := topK(acc, touched, k, ix.order)
	for _, d := range touched {
		acc[d] = 0
	}
	return out
}

// topK picks the k best of the touched documents: a bounded min-heap,
// then sorted. Ties go to the lower rank in order (the lower document
// number when order is nil), so results are stable.
func topK(acc []float32, touched []uint32, k int, order []int32) []Scored {
	rank := func(d int) int {
		if order == nil {
			return d
		}
		return int(order[d])
	}
	top := newTopN(k, func(a, b Scored) bool { // a is worse than b
		return a.Score < b.Score || (a.Score == b.Score && rank(a.Doc) > rank(b.Doc))
	})
	for _, d := range touched {
		top.offer(Scored{int(d), float64(acc[d])})
	}
	return top.best()
}
