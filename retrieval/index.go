// Package retrieval finds the passages of the corpus that bear on a
// question: hybrid search over a chromem-go vector collection and a BM25
// keyword index, fused by reciprocal rank, kept on disk as one snapshot.
package retrieval

import (
	"cmp"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"time"

	"github.com/philippgille/chromem-go"
	"github.com/storybot-dev/storybot/story"
)

// Index is a searchable corpus. It is read-only once built and safe for
// concurrent searches.
type Index struct {
	stories []story.Story
	chunks  []story.Chunk
	emb     Embedder
	opts    Options
	// vectors holds every chunk's vector end to end (dim floats each);
	// chromem's documents share its memory.
	vectors []float32
	dim     int
	keys    [][16]byte // per chunk: hash of its text, to reuse its vector
	coll    *chromem.Collection
	bm25    *BM25
	fp      [32]byte
	stats   Stats
}

// Options configure an index.
type Options struct {
	Chunk story.ChunkOptions
	// Candidates is how many results each side brings to fusion for every
	// result wanted; more gives fusion more to agree on, at linear cost.
	Candidates int
	// EmbedBatch is how many texts go to the embedder per call.
	EmbedBatch int
	// Progress, if set, is told how many chunks are embedded so far.
	Progress func(done, total int)
	// QueryTimeout bounds embedding a query (0: no bound of its own); past
	// it the search goes on with keywords alone.
	QueryTimeout time.Duration
}

// DefaultOptions: four candidates per result lets a passage ranked fifth by
// one side and first by the other still surface in a top 5; batches of 256
// texts keep a model server's requests well under common input limits.
func DefaultOptions() Options {
	return Options{Chunk: story.DefaultChunkOptions, Candidates: 4, EmbedBatch: 256}
}

// rrfK is reciprocal rank fusion's constant (Cormack et al. 2009): 60
// damps the difference between the first few ranks so that agreement of
// both sides outweighs one side's strong preference.
const rrfK = 60

// Stats describe an index.
type Stats struct {
	Stories  int           `json:"stories"`
	Chunks   int           `json:"chunks"`
	Embedder string        `json:"embedder"`
	Dim      int           `json:"dim"`
	Loaded   bool          `json:"loaded_from_snapshot"` // reused as is, no rebuild
	Embedded int           `json:"embedded"`             // chunks sent to the embedder
	Reused   int           `json:"reused_vectors"`       // vectors taken from the old snapshot
	Took     time.Duration `json:"took_ns"`
}

// Hit is one retrieved chunk with why it was chosen.
type Hit struct {
	Chunk *story.Chunk
	Story *story.Story
	// Score is the fused reciprocal-rank score.
	Score float64
	// VectorRank and KeywordRank are 1-based; 0 means that side did not
	// bring this chunk.
	VectorRank   int
	VectorScore  float64
	KeywordRank  int
	KeywordScore float64

	doc int // the chunk's position in the index
}

// Results is what a search found.
type Results struct {
	Hits []Hit
	// VectorErr is set when the vector side failed (the query could not be
	// embedded) and the hits come from keywords alone.
	VectorErr error
}

// Build chunks and embeds stories. Vectors found in prev (same embedder,
// same chunk text) are reused instead of embedded again; prev may be nil.
func Build(ctx context.Context, stories []story.Story, emb Embedder, opts Options, prev *Snapshot) (*Index, error) {
	start := time.Now()
	if len(stories) == 0 {
		return nil, story.ErrEmptyCorpus
	}
	if err := opts.Chunk.Validate(); err != nil {
		return nil, err
	}
	if opts.EmbedBatch <= 0 {
		opts.EmbedBatch = DefaultOptions().EmbedBatch
	}
	ix := &Index{stories: stories, emb: emb, opts: opts}
	for i := range stories {
		ix.chunks = append(ix.chunks, story.Chunks(&stories[i], i, opts.Chunk)...)
	}
	if len(ix.chunks) == 0 {
		return nil, errors.New("the corpus has no text to index")
	}
	ix.keys = make([][16]byte, len(ix.chunks))
	for i := range ix.chunks {
		ix.keys[i] = chunkKey(ix.text(i))
	}
	old := prev.vectorsByKey(emb.ID())

	// Embed what the old snapshot does not have, in batches.
	vecs := make([][]float32, len(ix.chunks))
	var todo []int
	for i, k := range ix.keys {
		if v, ok := old[k]; ok {
			vecs[i] = v
			ix.stats.Reused++
		} else {
			todo = append(todo, i)
		}
	}
	for b := 0; b < len(todo); b += opts.EmbedBatch {
		batch := todo[b:min(b+opts.EmbedBatch, len(todo))]
		texts := make([]string, len(batch))
		for j, i := range batch {
			texts[j] = ix.text(i)
		}
		out, err := emb.Embed(ctx, texts)
		if err != nil {
			return nil, fmt.Errorf("couldn't embed chunks with %s: %w", emb.ID(), err)
		}
		if len(out) != len(batch) {
			return nil, fmt.Errorf("embedder %s returned %d vectors for %d texts", emb.ID(), len(out), len(batch))
		}
		for j, i := range batch {
			vecs[i] = out[j]
		}
		ix.stats.Embedded += len(batch)
		if opts.Progress != nil {
			opts.Progress(ix.stats.Embedded, len(todo))
		}
	}
	ix.dim = len(vecs[0])
	ix.vectors = make([]float32, 0, len(vecs)*ix.dim)
	for i, v := range vecs {
		if len(v) != ix.dim || ix.dim == 0 {
			return nil, fmt.Errorf("embedder %s returned a %d-dimension vector for chunk %s, want %d", emb.ID(), len(v), ix.chunks[i].ID, ix.dim)
		}
		ix.vectors = append(ix.vectors, normalize(v)...)
	}
	ix.fp = Fingerprint(stories, emb.ID(), opts.Chunk)
	if err := ix.finish(ctx); err != nil {
		return nil, err
	}
	ix.stats.Took = time.Since(start)
	return ix, nil
}

// finish builds the searchable parts from stories, chunks and vectors.
func (ix *Index) finish(ctx context.Context) error {
	coll, err := chromem.NewDB().CreateCollection("chunks", nil, ix.embedFunc())
	if err != nil {
		return fmt.Errorf("couldn't create vector collection: %w", err)
	}
	for i := range ix.chunks {
		// The ID is the chunk's position: short, and no lookup map needed.
		// Content stays empty: the text lives in the story, once.
		err := coll.AddDocument(ctx, chromem.Document{ID: strconv.Itoa(i), Embedding: ix.vector(i)})
		if err != nil {
			return fmt.Errorf("couldn't add chunk %s to the vector collection: %w", ix.chunks[i].ID, err)
		}
	}
	ix.coll = coll
	texts := make([]string, len(ix.chunks))
	for i := range ix.chunks {
		texts[i] = ix.text(i)
	}
	ix.bm25 = NewBM25(texts)
	ix.stats.Stories = len(ix.stories)
	ix.stats.Chunks = len(ix.chunks)
	ix.stats.Embedder = ix.emb.ID()
	ix.stats.Dim = ix.dim
	return nil
}

// embedFunc lets chromem embed a query text itself (used by nothing in
// storybot, which embeds queries through Embedder, but kept correct).
func (ix *Index) embedFunc() chromem.EmbeddingFunc {
	return func(ctx context.Context, text string) ([]float32, error) {
		v, err := ix.emb.Embed(ctx, []string{text})
		if err != nil {
			return nil, err
		}
		if len(v) != 1 {
			return nil, fmt.Errorf("embedder %s returned %d vectors for 1 text", ix.emb.ID(), len(v))
		}
		return normalize(v[0]), nil
	}
}

func (ix *Index) vector(i int) []float32 {
	return ix.vectors[i*ix.dim : (i+1)*ix.dim : (i+1)*ix.dim]
}

func (ix *Index) text(i int) string {
	c := &ix.chunks[i]
	return ix.stories[c.Story].Text[c.Start:c.End]
}

// Stories returns the corpus's stories, sorted by source. Callers must not
// modify them.
func (ix *Index) Stories() []story.Story { return ix.stories }

// Chunks returns the indexed chunks. Callers must not modify them.
func (ix *Index) Chunks() []story.Chunk { return ix.chunks }

// Stats describes the index.
func (ix *Index) Stats() Stats { return ix.stats }

// Embedder returns the embedder the index was built with.
func (ix *Index) Embedder() Embedder { return ix.emb }

// IDF is the keyword side's inverse document frequency of a stemmed term.
func (ix *Index) IDF(term string) float64 { return ix.bm25.IDF(term) }

// DocFreq is how many chunks hold the stemmed term.
func (ix *Index) DocFreq(term string) int { return ix.bm25.DocFreq(term) }

// Search finds the k chunks that best match query. If the query cannot be
// embedded, it searches by keywords alone and says so in VectorErr.
func (ix *Index) Search(ctx context.Context, query string, k int) (Results, error) {
	if k <= 0 {
		return Results{}, errors.New("k must be at least 1")
	}
	n := min(max(k*max(ix.opts.Candidates, 1), 20), len(ix.chunks))
	var res Results
	ectx := ctx
	if ix.opts.QueryTimeout > 0 {
		var cancel context.CancelFunc
		ectx, cancel = context.WithTimeout(ctx, ix.opts.QueryTimeout)
		defer cancel()
	}
	vec, err := ix.searchVector(ectx, query, n)
	if err != nil {
		if ctx.Err() != nil {
			return Results{}, fmt.Errorf("couldn't search: %w", ctx.Err())
		}
		res.VectorErr = err
	}
	kw := ix.bm25.Search(QueryTerms(query), n)
	res.Hits = ix.fuse(vec, kw, k)
	return res, nil
}

// SearchKeywords ranks chunks by BM25 alone.
func (ix *Index) SearchKeywords(query string, k int) []Scored {
	return ix.bm25.Search(QueryTerms(query), k)
}

func (ix *Index) searchVector(ctx context.Context, query string, n int) ([]Scored, error) {
	vs, err := ix.emb.Embed(ctx, []string{query})
	if err != nil {
		return nil, fmt.Errorf("couldn't embed the query with %s: %w", ix.emb.ID(), err)
	}
	if len(vs) != 1 || len(vs[0]) != ix.dim {
		return nil, fmt.Errorf("embedder %s returned a malformed query vector", ix.emb.ID())
	}
	return ix.QueryVector(ctx, vs[0], n)
}

// QueryVector ranks chunks by cosine similarity to vec alone: chromem's
// query, up to n results.
func (ix *Index) QueryVector(ctx context.Context, vec []float32, n int) ([]Scored, error) {
	// n never exceeds the collection's size: chromem fails when asked for more.
	n = min(n, len(ix.chunks))
	if n <= 0 {
		return nil, nil
	}
	rs, err := ix.coll.QueryEmbedding(ctx, normalize(vec), n, nil, nil)
	if err != nil {
		return nil, fmt.Errorf("couldn't query the vector collection: %w", err)
	}
	out := make([]Scored, 0, len(rs))
	for _, r := range rs {
		i, err := strconv.Atoi(r.ID)
		if err != nil || i < 0 || i >= len(ix.chunks) {
			return nil, fmt.Errorf("vector collection returned unknown chunk %q", r.ID)
		}
		out = append(out, Scored{Doc: i, Score: float64(r.Similarity)})
	}
	return out, nil
}

// fuse merges the two ranked lists by reciprocal rank fusion and keeps the
// k best, each with both sides' ranks and scores.
func (ix *Index) fuse(vec, kw []Scored, k int) []Hit {
	byChunk := make(map[int]*Hit, len(vec)+len(kw))
	get := func(doc int) *Hit {
		h, ok := byChunk[doc]
		if !ok {
			c := &ix.chunks[doc]
			h = &Hit{Chunk: c, Story: &ix.stories[c.Story], doc: doc}
			byChunk[doc] = h
		}
		return h
	}
	for r, s := range vec {
		h := get(s.Doc)
		h.VectorRank, h.VectorScore = r+1, s.Score
		h.Score += 1.0 / float64(rrfK+r+1)
	}
	for r, s := range kw {
		h := get(s.Doc)
		h.KeywordRank, h.KeywordScore = r+1, s.Score
		h.Score += 1.0 / float64(rrfK+r+1)
	}
	hits := make([]Hit, 0, len(byChunk))
	for _, h := range byChunk {
		hits = append(hits, *h)
	}
	slices.SortFunc(hits, func(a, b Hit) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(a.doc, b.doc))
	})
	return hits[:min(k, len(hits))]
}

func normalize(v []float32) []float32 {
	var sum float64
	for _, x := range v {
		sum += float64(x) * float64(x)
	}
	if sum == 0 || math.Abs(sum-1) < 1e-9 {
		return v
	}
	inv := 1 / math.Sqrt(sum)
	out := make([]float32, len(v))
	for i, x := range v {
		out[i] = float32(float64(x) * inv)
	}
	return out
}

func chunkKey(text string) [16]byte {
	s := sha256.Sum256([]byte(text))
	return [16]byte(s[:16])
}

// Fingerprint identifies what an index was built from: every story's name
// and bytes, the embedder and the chunking. An index is reused only when
// its fingerprint matches.
func Fingerprint(stories []story.Story, embedderID string, o story.ChunkOptions) [32]byte {
	h := sha256.New()
	fmt.Fprintf(h, "storybot-index v%d\x00%s\x00%d/%d/%d\x00", snapshotVersion, embedderID, o.MaxSentences, o.MaxBytes, o.Overlap)
	for _, s := range stories {
		fmt.Fprintf(h, "%s\x00%d\x00", s.Source, len(s.Text))
		h.Write([]byte(s.Text))
	}
	var fp [32]byte
	h.Sum(fp[:0])
	return fp
}
