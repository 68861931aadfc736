package retrieval

import (
	"context"
	"errors"
	"testing"
	"time"
)

// stallingEmbedder embeds documents, and then stalls on queries until
// the context ends, as a model server that stopped answering does.
type stallingEmbedder struct {
	*HashEmbedder
	built bool
}

func (s *stallingEmbedder) Embed(ctx context.Context, texts []string) ([][]float32, error) {
	if !s.built {
		return s.HashEmbedder.Embed(ctx, texts)
	}
	<-ctx.Done()
	return nil, ctx.Err()
}

func TestQueryTimeoutFallsBackToKeywords(t *testing.T) {
	emb := &stallingEmbedder{HashEmbedder: NewHashEmbedder(0)}
	opts := DefaultOptions()
	opts.QueryTimeout = 20 * time.Millisecond
	ix, err := Build(context.Background(), seedStories(t), emb, opts, nil)
	if err != nil {
		t.Fatal(err)
	}
	emb.built = true
	// A guard, not a measurement: without the query timeout the search
	// would wait for this context and fail.
	guard, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	res, err := ix.Search(guard, "How many people died?", 3)
	if err != nil {
		t.Fatalf("Search = %v; a stalled query embedding must not fail the search", err)
	}
	if !errors.Is(res.VectorErr, context.DeadlineExceeded) {
		t.Errorf("VectorErr = %v, want the query timeout", res.VectorErr)
	}
	if len(res.Hits) == 0 || res.Hits[0].KeywordRank == 0 {
		t.Fatalf("hits = %+v, want keyword hits", res.Hits)
	}
	for _, h := range res.Hits {
		if h.VectorRank != 0 {
			t.Errorf("hit %s has a vector rank with no query vector", h.Chunk.ID)
		}
	}
}
