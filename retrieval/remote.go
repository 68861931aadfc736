package retrieval

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"sort"

	"github.com/storybot-dev/storybot/story"
)

// Remote finds candidate chunks in an index kept outside the process (the
// weaviate package's collection, through an adapter). The local index
// still holds the stories and their chunks: every remote hit is mapped to
// the local chunk with its ID and checked against the local story before
// it can be cited (see RemoteSearcher).
type Remote interface {
	// Search returns up to n chunks for the query text and its vector (nil
	// when the query could not be embedded: keywords only), best first.
	Search(ctx context.Context, query string, vector []float32, n int) ([]RemoteHit, error)
}

// RemoteHit is one chunk a Remote found, with each side's part.
type RemoteHit struct {
	Source  string // the story's source, as in story.Story.Source
	ChunkID string // story.Chunk.ID
	// Text is the chunk's text as the remote index holds it. The hit is
	// dropped unless the local chunk's bytes are exactly this text: what
	// is cited is what was found.
	Text string
	// VectorRank and KeywordRank are 1-based ranks in each side's results
	// (0: the side did not bring the chunk); the scores are each side's
	// own (cosine similarity, BM25), as the local index reports them.
	VectorRank   int
	VectorScore  float64
	KeywordRank  int
	KeywordScore float64
	// Verify, if set, checks the hit against the story this process has
	// (for the weaviate package: the story's hash, with the embedder and
	// the chunking, is the one that was indexed). Nil accepts every hit
	// whose text matches its local chunk.
	Verify func(*story.Story) error
}

// RemoteError is returned (wrapped) by RemoteSearcher.SearchRemote when the
// remote index failed; Search then answers from the local index, or fails
// with ErrUnavailable.
type RemoteError struct{ Err error }

func (e *RemoteError) Error() string { return "the remote index failed: " + e.Err.Error() }
func (e *RemoteError) Unwrap() error { return e.Err }

// ErrRemoteStale is returned (wrapped in a RemoteError) when the remote
// index found chunks but none of them could be verified against the local
// stories: it holds another corpus, or another version of it.
var ErrRemoteStale = errors.New("no chunk the remote index found matches this machine's stories (run storybot index)")

// ErrUnavailable is returned (wrapped) by RemoteSearcher.Search when the
// remote index failed and the local index may not stand in
// (RemoteOptions.Fallback false).
var ErrUnavailable = errors.New("the story index is unavailable")

// RemoteOptions configure a RemoteSearcher.
type RemoteOptions struct {
	// Fallback: when the remote index fails, Search answers from the local
	// index (true) or fails with ErrUnavailable (false).
	Fallback bool
}

// RemoteSearcher searches a Remote for the stories of a local Index: the
// query is embedded with the local index's embedder, the remote finds the
// chunks, and each hit is mapped to the local chunk with its ID and
// checked (its text is the local chunk's bytes, and its Verify passes);
// a hit that fails is logged and dropped, never cited. Stories, chunks
// and term statistics are the local index's.
//
// A RemoteSearcher is immutable and safe for concurrent use. It searches
// one version of the local index; With makes one for another version.
type RemoteSearcher struct {
	local *Index
	r     Remote
	opts  RemoteOptions
	log   *slog.Logger
}

// NewRemoteSearcher returns a searcher that finds candidates with r and
// cites them from local. local and r must not be nil; a nil log discards.
func NewRemoteSearcher(local *Index, r Remote, opts RemoteOptions, log *slog.Logger) *RemoteSearcher {
	if local == nil || r == nil {
		panic("retrieval: NewRemoteSearcher needs a local index and a remote")
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &RemoteSearcher{local: local, r: r, opts: opts, log: log}
}

// With returns a searcher like s over another version of the local index
// (one that Update made): the same remote, options and log. s is left as
// it is for the searches that still hold it.
func (s *RemoteSearcher) With(local *Index) *RemoteSearcher {
	if local == nil {
		panic("retrieval: RemoteSearcher.With needs a local index")
	}
	return &RemoteSearcher{local: local, r: s.r, opts: s.opts, log: s.log}
}

// Local returns the local index the searcher cites from.
func (s *RemoteSearcher) Local() *Index { return s.local }

// Stories returns the local index's stories (see Index.Stories).
func (s *RemoteSearcher) Stories() []story.Story { return s.local.Stories() }

// Chunks returns the local index's chunks (see Index.Chunks).
func (s *RemoteSearcher) Chunks() []story.Chunk { return s.local.Chunks() }

// DocFreq is the local index's document frequency (see Index.DocFreq).
func (s *RemoteSearcher) DocFreq(term string) int { return s.local.DocFreq(term) }

// IDF is the local index's inverse document frequency (see Index.IDF).
func (s *RemoteSearcher) IDF(term string) float64 { return s.local.IDF(term) }

// Search finds the k chunks that best match query through the remote
// index. When the remote fails (or none of its hits can be verified here)
// it logs why and answers from the local index, or, without
// RemoteOptions.Fallback, fails with ErrUnavailable. An error from the
// caller's context ends the search either way.
func (s *RemoteSearcher) Search(ctx context.Context, query string, k int) (Results, error) {
	res, err := s.SearchRemote(ctx, query, k)
	var re *RemoteError
	if !errors.As(err, &re) {
		return res, err
	}
	if !s.opts.Fallback {
		s.log.Warn("the remote index failed", "err", re.Err)
		return Results{}, fmt.Errorf("%w: %w", ErrUnavailable, re)
	}
	s.log.Warn("the remote index failed; answering from the local index", "err", re.Err)
	return s.local.Search(ctx, query, k)
}

// SearchRemote is Search through the remote index alone, with no local
// fallback: an error is a *RemoteError unless k is out of range or the
// context ended.
func (s *RemoteSearcher) SearchRemote(ctx context.Context, query string, k int) (Results, error) {
	if k <= 0 {
		return Results{}, errors.New("k must be at least 1")
	}
	ix := s.local
	var res Results
	ectx := ctx
	if ix.opts.QueryTimeout > 0 {
		var cancel context.CancelFunc
		ectx, cancel = context.WithTimeout(ctx, ix.opts.QueryTimeout)
		defer cancel()
	}
	vec, err := ix.queryVector(ectx, query)
	if err != nil {
		if ctx.Err() != nil {
			return Results{}, fmt.Errorf("couldn't search: %w", ctx.Err())
		}
		res.VectorErr = err
	}
	// As many as the local index brings to fusion from each side, so that
	// hits dropped by verification leave enough behind.
	n := max(k*max(ix.opts.Candidates, 1), 20)
	rhs, err := s.r.Search(ctx, query, vec, n)
	if err != nil {
		if ctx.Err() != nil {
			return Results{}, fmt.Errorf("couldn't search: %w", ctx.Err())
		}
		return Results{}, &RemoteError{err}
	}
	hits := make([]Hit, 0, len(rhs))
	seen := make(map[int]bool, len(rhs))
	dropped := 0
	for i := range rhs {
		rh := &rhs[i]
		doc, err := ix.localChunk(rh)
		if err != nil {
			dropped++
			s.log.Warn("dropping a hit of the remote index: not citable from this machine's stories", "chunk", rh.ChunkID, "err", err)
			continue
		}
		if seen[doc] {
			continue
		}
		seen[doc] = true
		c := &ix.chunks[doc]
		h := Hit{Chunk: c, Story: &ix.stories[c.Story], doc: doc,
			VectorRank: rh.VectorRank, VectorScore: rh.VectorScore,
			KeywordRank: rh.KeywordRank, KeywordScore: rh.KeywordScore}
		// The local index's fused score, from the same ranks, so that hits
		// read the same whichever index found them.
		if h.VectorRank > 0 {
			h.Score += 1.0 / float64(rrfK+h.VectorRank)
		}
		if h.KeywordRank > 0 {
			h.Score += 1.0 / float64(rrfK+h.KeywordRank)
		}
		hits = append(hits, h)
	}
	if len(hits) == 0 && dropped > 0 {
		return Results{}, &RemoteError{fmt.Errorf("%w: %d dropped", ErrRemoteStale, dropped)}
	}
	slices.SortStableFunc(hits, func(a, b Hit) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(a.doc, b.doc))
	})
	res.Hits = hits[:min(k, len(hits))]
	return res, nil
}

// Vectors returns each chunk's vector, by position as in Chunks,
// normalized to unit length: what a remote index should hold. Callers
// must not modify them.
func (ix *Index) Vectors() [][]float32 { return ix.vecs }

// StoryChunks returns the chunks of the story at position i of Stories,
// and their vectors (see Vectors).
func (ix *Index) StoryChunks(i int) ([]story.Chunk, [][]float32) {
	a := sort.Search(len(ix.chunks), func(j int) bool { return ix.chunks[j].Story >= i })
	b := sort.Search(len(ix.chunks), func(j int) bool { return ix.chunks[j].Story > i })
	return ix.chunks[a:b], ix.vecs[a:b]
}

// queryVector embeds the query with the index's embedder, normalized.
func (ix *Index) queryVector(ctx context.Context, query string) ([]float32, error) {
	vs, err := ix.emb.Embed(ctx, []string{query})
	if err != nil {
		return nil, fmt.Errorf("couldn't embed the query with %s: %w", ix.emb.ID(), err)
	}
	if len(vs) != 1 || len(vs[0]) != ix.dim {
		return nil, fmt.Errorf("embedder %s returned a malformed query vector", ix.emb.ID())
	}
	return normalize(vs[0]), nil
}

// localChunk finds the local chunk a remote hit names and checks the hit
// against it: the chunk's bytes in the local story are the hit's text, and
// the hit's own Verify passes.
func (ix *Index) localChunk(rh *RemoteHit) (int, error) {
	si, ok := slices.BinarySearchFunc(ix.stories, rh.Source, func(s story.Story, src string) int {
		return cmp.Compare(s.Source, src)
	})
	if !ok {
		return 0, fmt.Errorf("story %s is not in this machine's corpus", rh.Source)
	}
	s := &ix.stories[si]
	if rh.Verify != nil {
		if err := rh.Verify(s); err != nil {
			return 0, err
		}
	}
	a := sort.Search(len(ix.chunks), func(j int) bool { return ix.chunks[j].Story >= si })
	for j := a; j < len(ix.chunks) && ix.chunks[j].Story == si; j++ {
		if ix.chunks[j].ID != rh.ChunkID {
			continue
		}
		if ix.text(j) != rh.Text {
			return 0, fmt.Errorf("chunk %s of story %s is not the text the remote index holds", rh.ChunkID, rh.Source)
		}
		return j, nil
	}
	return 0, fmt.Errorf("story %s has no chunk %s here (chunked differently?)", rh.Source, rh.ChunkID)
}
