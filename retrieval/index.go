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
	"sync"
	"sync/atomic"
	"time"

	"github.com/philippgille/chromem-go"
	"github.com/storybot-dev/storybot/story"
	"github.com/storybot-dev/storybot/text"
)

// Index is a searchable corpus. It is read-only once built and safe for
// concurrent searches. Update makes a new version of it that differs only
// in the stories that changed; the old version goes on answering as it
// was for whoever still holds it.
type Index struct {
	stories []story.Story
	chunks  []story.Chunk
	emb     Embedder
	opts    Options
	// Per chunk, by position: its vector (normalized, dim floats; chromem's
	// document shares its memory), the hash of its text (to reuse the
	// vector), and its slot.
	vecs  [][]float32
	keys  [][16]byte
	slots []uint32
	// A slot numbers a chunk's document in the vector collection and in
	// BM25. Slots are never reused, so the collection and the postings can
	// change under an older version without changing what its slots mean.
	// pos maps this version's slots to positions (-1: not in it); its
	// length is the slots allocated when the version was made.
	pos   []int32
	dim   int
	bm25  *BM25
	sh    *shared
	gen   uint64 // this version's number in its lineage
	fp    [32]byte
	sums  [][32]byte // per story: its hash, for the fingerprint
	stats Stats
	// saveErr is why Open couldn't save the snapshot it built.
	saveErr error
}

// shared is what the versions of one index have in common: the vector
// collection, which Update changes in place.
type shared struct {
	coll *chromem.Collection
	mu   sync.Mutex // serializes updates
	// latest is the newest version's gen (guarded by mu): only it may be
	// updated, so versions form a line and slots are handed out once.
	latest uint64
	// slots is how many slots have been handed out; deleted is the newest
	// gen whose update has begun to delete documents from the collection.
	// A search on an older version that sees deleted move past its own gen
	// cannot trust the collection's answer and scans its own vectors.
	slots   atomic.Uint32
	deleted atomic.Uint64
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
	// Rebuild makes Open ignore the saved snapshot: every chunk is
	// embedded anew, and the new snapshot replaces the old only once it is
	// written whole.
	Rebuild bool
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
	err := embedAll(ctx, emb, opts.EmbedBatch, todo, ix.text, func(i int, v []float32) error {
		vecs[i] = v
		return nil
	}, opts.Progress)
	if err != nil {
		return nil, err
	}
	ix.stats.Embedded = len(todo)
	ix.dim = len(vecs[0])
	// One block for all vectors: a scan reads memory in order.
	block := make([]float32, 0, len(vecs)*ix.dim)
	for i, v := range vecs {
		if len(v) != ix.dim || ix.dim == 0 {
			return nil, fmt.Errorf("embedder %s returned a %d-dimension vector for chunk %s, want %d", emb.ID(), len(v), ix.chunks[i].ID, ix.dim)
		}
		block = append(block, normalize(v)...)
	}
	ix.vecs = make([][]float32, len(vecs))
	for i := range ix.vecs {
		ix.vecs[i] = block[i*ix.dim : (i+1)*ix.dim : (i+1)*ix.dim]
	}
	ix.sums = storySums(stories)
	ix.fp = fingerprint(ix.sums, emb.ID(), opts.Chunk)
	texts := make([]string, len(ix.chunks))
	for i := range ix.chunks {
		texts[i] = ix.text(i)
	}
	ix.bm25 = NewBM25(texts)
	if err := ix.finish(ctx); err != nil {
		return nil, err
	}
	ix.stats.Took = time.Since(start)
	return ix, nil
}

// embedAll embeds the texts of the chunks in todo, batch at a time, and
// gives got each chunk's vector; progress, if set, is told how many are
// done after each batch. A cancelled ctx stops it between batches (the
// local embedder never looks at ctx). Build and Update embed with it.
func embedAll(ctx context.Context, emb Embedder, batch int, todo []int, text func(int) string, got func(i int, v []float32) error, progress func(done, total int)) error {
	if batch <= 0 {
		batch = DefaultOptions().EmbedBatch
	}
	for b := 0; b < len(todo); b += batch {
		if err := ctx.Err(); err != nil {
			return err
		}
		part := todo[b:min(b+batch, len(todo))]
		texts := make([]string, len(part))
		for j, i := range part {
			texts[j] = text(i)
		}
		out, err := emb.Embed(ctx, texts)
		if err != nil {
			return fmt.Errorf("couldn't embed chunks with %s: %w", emb.ID(), err)
		}
		if len(out) != len(part) {
			return fmt.Errorf("embedder %s returned %d vectors for %d texts", emb.ID(), len(out), len(part))
		}
		for j, i := range part {
			if err := got(i, out[j]); err != nil {
				return err
			}
		}
		if progress != nil {
			progress(b+len(part), len(todo))
		}
	}
	return nil
}

// finish makes the vector collection of a new lineage (slots are the
// positions) and fills in the stats; bm25 is already made.
func (ix *Index) finish(ctx context.Context) error {
	coll, err := chromem.NewDB().CreateCollection("chunks", nil, ix.embedFunc())
	if err != nil {
		return fmt.Errorf("couldn't create vector collection: %w", err)
	}
	n := len(ix.chunks)
	ix.slots = make([]uint32, n)
	ix.pos = make([]int32, n)
	for i := range ix.chunks {
		ix.slots[i] = uint32(i)
		ix.pos[i] = int32(i)
		// The ID is the chunk's slot: short, and no lookup map needed.
		// Content stays empty: the text lives in the story, once.
		err := coll.AddDocument(ctx, chromem.Document{ID: strconv.Itoa(i), Embedding: ix.vecs[i]})
		if err != nil {
			// Not the chunk's ID: fromSnapshot sets those meanwhile.
			return fmt.Errorf("couldn't add chunk %d to the vector collection: %w", i, err)
		}
	}
	ix.sh = &shared{coll: coll}
	ix.sh.slots.Store(uint32(n))
	ix.setStats()
	return nil
}

func (ix *Index) setStats() {
	ix.stats.Stories = len(ix.stories)
	ix.stats.Chunks = len(ix.chunks)
	ix.stats.Embedder = ix.emb.ID()
	ix.stats.Dim = ix.dim
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

// SaveErr is why Open couldn't save the snapshot it built, or nil when it
// saved it, loaded it unchanged, or was given no data directory.
func (ix *Index) SaveErr() error { return ix.saveErr }

// Embedder returns the embedder the index was built with.
func (ix *Index) Embedder() Embedder { return ix.emb }

// Options returns the options the index was built with.
func (ix *Index) Options() Options { return ix.opts }

// IDF is the keyword side's inverse document frequency of a stemmed term.
func (ix *Index) IDF(term string) float64 { return ix.bm25.IDF(term) }

// DocFreq is how many chunks hold the stemmed term.
func (ix *Index) DocFreq(term string) int { return ix.bm25.DocFreq(term) }

// Search finds the k chunks that best match query. If the query cannot be
// embedded, it searches by keywords alone and says so in VectorErr. (A
// RemoteSearcher finds them in an index outside the process instead.)
func (ix *Index) Search(ctx context.Context, query string, k int) (Results, error) {
	if k <= 0 {
		return Results{}, errors.New("k must be at least 1")
	}
	n := min(max(k*max(ix.opts.Candidates, 1), 20), len(ix.chunks))
	var res Results
	ectx, cancel := ix.queryContext(ctx)
	defer cancel()
	vec, err := ix.searchVector(ectx, query, n)
	if err != nil {
		if ctx.Err() != nil {
			return Results{}, fmt.Errorf("couldn't search: %w", ctx.Err())
		}
		res.VectorErr = err
	}
	kw := ix.toPositions(ix.bm25.Search(QueryTerms(query), n))
	res.Hits = ix.fuse(vec, kw, k)
	return res, nil
}

// queryContext bounds the embedding of a question to opts.QueryTimeout,
// when there is one: past it, the search goes on by keywords alone.
func (ix *Index) queryContext(ctx context.Context) (context.Context, context.CancelFunc) {
	if ix.opts.QueryTimeout > 0 {
		return context.WithTimeout(ctx, ix.opts.QueryTimeout)
	}
	return ctx, func() {}
}

// SearchKeywords ranks chunks by BM25 alone.
func (ix *Index) SearchKeywords(query string, k int) []Scored {
	return ix.toPositions(ix.bm25.Search(QueryTerms(query), k))
}

// toPositions turns BM25's slots into chunk positions, in place.
func (ix *Index) toPositions(ss []Scored) []Scored {
	for i := range ss {
		ss[i].Doc = int(ix.pos[ss[i].Doc])
	}
	return ss
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
// query, up to n results, best first, ties to the earlier chunk.
//
// The collection may hold documents of newer versions than this one
// (added by an Update since): it is asked for as many more results as
// there are, and those are dropped. When an Update has begun deleting
// documents of this version meanwhile, or the collection's answer came
// up short, the version's own vectors are scanned instead: exact, slower,
// and only ever for a question that started just before an update.
func (ix *Index) QueryVector(ctx context.Context, vec []float32, n int) ([]Scored, error) {
	// n never exceeds the collection's size: chromem fails when asked for more.
	n = min(n, len(ix.chunks))
	if n <= 0 {
		return nil, nil
	}
	q := normalize(vec)
	if ix.sh.deleted.Load() > ix.gen {
		return ix.scan(ctx, q, n)
	}
	newer := int(ix.sh.slots.Load()) - len(ix.pos)
	// A few more than asked for, so that results tied at the cut are
	// ordered by position, not by chromem's goroutines.
	want := min(n+newer+tieMargin, len(ix.chunks)+newer)
	rs, err := ix.sh.coll.QueryEmbedding(ctx, q, want, nil, nil)
	if ix.sh.deleted.Load() > ix.gen {
		return ix.scan(ctx, q, n)
	}
	if err != nil {
		return nil, fmt.Errorf("couldn't query the vector collection: %w", err)
	}
	out := make([]Scored, 0, len(rs))
	for _, r := range rs {
		slot, err := strconv.Atoi(r.ID)
		if err != nil || slot < 0 {
			return nil, fmt.Errorf("vector collection returned unknown chunk %q", r.ID)
		}
		if slot >= len(ix.pos) || ix.pos[slot] < 0 {
			continue // a newer version's
		}
		out = append(out, Scored{Doc: int(ix.pos[slot]), Score: float64(r.Similarity)})
	}
	if len(out) < n {
		return ix.scan(ctx, q, n)
	}
	sortScored(out)
	return out[:n], nil
}

// tieMargin is how many extra results QueryVector asks chromem for.
const tieMargin = 4

// sortScored orders best first, ties to the lower Doc.
func sortScored(ss []Scored) {
	slices.SortFunc(ss, func(a, b Scored) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(a.Doc, b.Doc))
	})
}

// ScanVector ranks chunks by cosine similarity to vec with a plain scan of
// this version's vectors: exact, the same scores chromem computes, up to n
// results, best first, ties to the earlier chunk.
func (ix *Index) ScanVector(ctx context.Context, vec []float32, n int) ([]Scored, error) {
	n = min(n, len(ix.chunks))
	if n <= 0 {
		return nil, nil
	}
	if len(vec) != ix.dim {
		return nil, fmt.Errorf("query vector has %d dimensions, want %d", len(vec), ix.dim)
	}
	return ix.scan(ctx, normalize(vec), n)
}

// scan is ScanVector for a normalized q.
func (ix *Index) scan(ctx context.Context, q []float32, n int) ([]Scored, error) {
	top := newTopN(n, func(a, b Scored) bool { return a.Score < b.Score || a.Score == b.Score && a.Doc > b.Doc })
	for i, v := range ix.vecs {
		if i&4095 == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		top.offer(Scored{Doc: i, Score: float64(dotF32(q, v))})
	}
	return top.best(), nil
}

// dotF32 is the dot product summed in order in float32, as chromem-go sums
// it, so a scan and chromem's query agree to the bit.
func dotF32(a, b []float32) float32 {
	var s float32
	b = b[:len(a)]
	for i, x := range a {
		s += x * b[i]
	}
	return s
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
// and bytes, the embedder, the chunking and the chunker's version. An
// index is reused only when its fingerprint matches. It hashes a hash of
// each story, so an update rehashes only the stories that changed.
func Fingerprint(stories []story.Story, embedderID string, o story.ChunkOptions) [32]byte {
	return fingerprint(storySums(stories), embedderID, o)
}

func storySum(s *story.Story) [32]byte {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%d\x00", s.Source, len(s.Text))
	h.Write([]byte(s.Text))
	var sum [32]byte
	h.Sum(sum[:0])
	return sum
}

func storySums(stories []story.Story) [][32]byte {
	sums := make([][32]byte, len(stories))
	for i := range stories {
		sums[i] = storySum(&stories[i])
	}
	return sums
}

func fingerprint(sums [][32]byte, embedderID string, o story.ChunkOptions) [32]byte {
	h := sha256.New()
	fmt.Fprintf(h, "storybot-index v%d\x00chunker v%d\x00terms v%d\x00%s\x00%d/%d/%d\x00", snapshotVersion, story.Version, text.TermsVersion, embedderID, o.MaxSentences, o.MaxBytes, o.Overlap)
	for i := range sums {
		h.Write(sums[i][:])
	}
	var fp [32]byte
	h.Sum(fp[:0])
	return fp
}

// Fingerprint is what the index was built from (see the function
// Fingerprint).
func (ix *Index) Fingerprint() [32]byte { return ix.fp }
