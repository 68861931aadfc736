package weaviate

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/storybot-dev/storybot/retrieval"
	"github.com/storybot-dev/storybot/story"
)

// Salt is what, besides a story's bytes, decides its chunks and vectors in
// an index: the embedder and the chunker's version and options. It goes
// into every StoryHash that SyncIndex writes and Remote verifies, so a
// collection written with another embedder or chunking is rewritten by the
// next sync, and never cited meanwhile.
func Salt(embedderID string, o story.ChunkOptions) []string {
	return []string{
		"embedder " + embedderID,
		fmt.Sprintf("chunker v%d %d/%d/%d", story.Version, o.MaxSentences, o.MaxBytes, o.Overlap),
	}
}

// IndexChunks turns every story of a local index into Chunks for Sync,
// with the index's (normalized) vectors.
func IndexChunks(ix *retrieval.Index) ([]Chunk, error) {
	salt := Salt(ix.Embedder().ID(), ix.Options().Chunk)
	stories := ix.Stories()
	out := make([]Chunk, 0, len(ix.Chunks()))
	for i := range stories {
		chunks, vecs := ix.StoryChunks(i)
		if len(chunks) == 0 {
			continue
		}
		cs, err := FromStory(&stories[i], chunks, vecs, salt...)
		if err != nil {
			return nil, err
		}
		out = append(out, cs...)
	}
	return out, nil
}

// SyncIndex makes the collection hold exactly the local index's chunks
// (see Sync: only what changed is written).
func (c *Client) SyncIndex(ctx context.Context, ix *retrieval.Index) (SyncStats, error) {
	chunks, err := IndexChunks(ix)
	if err != nil {
		return SyncStats{}, err
	}
	return c.Sync(ctx, chunks)
}

// Remote is the collection as a retrieval.Remote, for
// retrieval.NewRemoteSearcher to wrap the local index with. Each hit
// carries its text and its check against the local story, with the salt
// the collection was written with. After a failure that means Weaviate is
// unavailable, Remote does not try again for Backoff: questions meanwhile
// go straight to the local index instead of each waiting for a timeout.
type Remote struct {
	Client *Client
	// Salt is the salt the collection's story hashes were made with (Salt).
	Salt []string
	// Timeout bounds each search (0: the client's own bounds only).
	Timeout time.Duration
	// Backoff is how long to skip Weaviate after it was found unavailable
	// (0: always try).
	Backoff time.Duration

	mu       sync.Mutex
	lastErr  error
	lastFail time.Time
}

// ErrSkipped is returned by Remote.Search while it waits out its Backoff.
var ErrSkipped = errors.New("weaviate: skipped after a recent failure")

// Search implements retrieval.Remote.
func (r *Remote) Search(ctx context.Context, query string, vector []float32, n int) ([]retrieval.RemoteHit, error) {
	r.mu.Lock()
	if r.lastErr != nil && r.Backoff > 0 && time.Since(r.lastFail) < r.Backoff {
		err := r.lastErr
		r.mu.Unlock()
		return nil, fmt.Errorf("%w: %w", ErrSkipped, err)
	}
	r.mu.Unlock()
	if r.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, r.Timeout)
		defer cancel()
	}
	hits, err := r.Client.Search(ctx, query, vector, n)
	r.record(err)
	if err != nil {
		return nil, err
	}
	out := make([]retrieval.RemoteHit, len(hits))
	for i := range hits {
		h := &hits[i]
		out[i] = retrieval.RemoteHit{
			Source: h.Source, ChunkID: h.ID, Text: h.Text,
			VectorRank: h.Vector.Rank, VectorScore: h.Vector.Score,
			KeywordRank: h.Keyword.Rank, KeywordScore: h.Keyword.Score,
			Verify: func(s *story.Story) error { return h.Verify(s, r.Salt...) },
		}
	}
	return out, nil
}

// record notes the outcome of a request: an error that means Weaviate is
// unavailable (not one it refused a request with) starts a backoff.
func (r *Remote) record(err error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if err != nil && (IsUnavailable(err) || errors.Is(err, context.DeadlineExceeded)) {
		r.lastErr, r.lastFail = err, time.Now()
		return
	}
	if err == nil {
		r.lastErr = nil
	}
}

// Check is a health check: nil when the last search succeeded, or when
// Weaviate answers its readiness probe now (which ends a backoff).
func (r *Remote) Check(ctx context.Context) error {
	r.mu.Lock()
	last := r.lastErr
	r.mu.Unlock()
	if last == nil {
		return nil
	}
	if err := r.Client.Ready(ctx); err != nil {
		return fmt.Errorf("weaviate unavailable: %w", err)
	}
	r.mu.Lock()
	r.lastErr = nil
	r.mu.Unlock()
	return nil
}
