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
// it can be cited.
type Remote interface {
	// Search returns up to n chunks for the query text and its vector (nil
	// when the query could not be embedded: keywords only), best first.
	Search(ctx context.Context, query string, vector []float32, n int) ([]RemoteHit, error)
}

// RemoteHit is one chunk a Remote found, with each side's part.
type RemoteHit struct {
	Source  string // the story's source, as in story.Story.Source
	ChunkID string // story.Chunk.ID
	// VectorRank and KeywordRank are 1-based ranks in each side's results
	// (0: the side did not bring the chunk); the scores are each side's
	// own (cosine similarity, BM25), as the local index reports them.
	VectorRank   int
	VectorScore  float64
	KeywordRank  int
	KeywordScore float64
	// Verify checks the hit against the story this process has: nil means
	// the local story is the version that was indexed and the chunk's span
	// holds the indexed text. Nil Verify accepts every hit that maps to a
	// local chunk.
	Verify func(*story.Story) error
}

// RemoteError is returned (wrapped) by SearchRemote when the remote index
// failed; Search then answers from the local index.
type RemoteError struct{ Err error }

func (e *RemoteError) Error() string { return "the remote index failed: " + e.Err.Error() }
func (e *RemoteError) Unwrap() error { return e.Err }

// ErrRemoteStale is returned (wrapped in a RemoteError) when the remote
// index found chunks but none of them could be verified against the local
// stories: it holds another corpus, or another version of it.
var ErrRemoteStale = errors.New("no chunk the remote index found matches this machine's stories (run storybot index)")

// ErrUnavailable is returned (wrapped) by Search when the remote index
// failed and the local index may not stand in (SetRemoteFallback(false)).
var ErrUnavailable = errors.New("the story index is unavailable")

// remote is what SetRemote attached; versions made by Update share it.
type remote struct {
	r   Remote
	log *slog.Logger
	// noLocal: when r fails, Search fails with ErrUnavailable instead of
	// answering from the local index.
	noLocal bool
}

// SetRemote routes Search's candidate finding to r: the query is embedded
// with the index's embedder, r finds the chunks, and each is mapped to the
// local chunk and verified against the local story (one that fails is
// logged and dropped, never cited). When r fails, Search logs it and
// answers from the local index. Call it before the index is searched;
// versions that Update makes from this one use r as well. A nil r goes
// back to local search.
func (ix *Index) SetRemote(r Remote, log *slog.Logger) {
	if r == nil {
		ix.remote = nil
		return
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	ix.remote = &remote{r: r, log: log}
}

// SetRemoteFallback says whether Search answers from the local index when
// the remote one fails (the default) or fails with ErrUnavailable. Call it
// after SetRemote; versions that Update makes share the setting.
func (ix *Index) SetRemoteFallback(local bool) {
	if ix.remote != nil {
		ix.remote.noLocal = !local
	}
}

// HasRemote reports whether Search goes to a remote index.
func (ix *Index) HasRemote() bool { return ix.remote != nil }

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

// SearchRemote is Search through the remote index alone (see SetRemote),
// with no local fallback: an error is a *RemoteError unless the context
// ended.
func (ix *Index) SearchRemote(ctx context.Context, query string, k int) (Results, error) {
	if k <= 0 {
		return Results{}, errors.New("k must be at least 1")
	}
	if ix.remote == nil {
		return Results{}, &RemoteError{errors.New("no remote index")}
	}
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
	rhs, err := ix.remote.r.Search(ctx, query, vec, n)
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
			ix.remote.log.Warn("dropping a hit of the remote index: not citable from this machine's stories", "chunk", rh.ChunkID, "err", err)
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

// localChunk finds the local chunk a remote hit names and verifies the hit
// against its story.
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
		if ix.chunks[j].ID == rh.ChunkID {
			return j, nil
		}
	}
	return 0, fmt.Errorf("story %s has no chunk %s here (chunked differently?)", rh.Source, rh.ChunkID)
}
