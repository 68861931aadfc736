package llm

import (
	"context"
	"fmt"
	"sync"

	openai "github.com/sashabaranov/go-openai"
	"github.com/storybot-dev/storybot/retrieval"
)

// Embedder embeds texts with the server's /v1/embeddings.
type Embedder struct{ c *Client }

var _ retrieval.Embedder = (*Embedder)(nil)

// Embedder returns the client's embedder.
func (c *Client) Embedder() *Embedder { return &Embedder{c} }

// ID implements retrieval.Embedder. It names the model and not the server,
// so the same model behind another URL reuses the saved vectors.
func (e *Embedder) ID() string { return "openai:" + e.c.cfg.EmbeddingModel }

// Embed implements retrieval.Embedder: texts go out in batches of
// EmbedBatch, at most EmbedParallel at a time, each batch bounded by
// EmbedTimeout with its retries. The first failure cancels the rest.
func (e *Embedder) Embed(ctx context.Context, texts []string) ([][]float32, error) {
	out := make([][]float32, len(texts))
	if len(texts) == 0 {
		return out, nil
	}
	size := e.c.cfg.EmbedBatch
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	sem := make(chan struct{}, e.c.cfg.EmbedParallel)
	var (
		wg       sync.WaitGroup
		mu       sync.Mutex
		firstErr error
	)
	for lo := 0; lo < len(texts); lo += size {
		hi := min(lo+size, len(texts))
		select {
		case sem <- struct{}{}:
		case <-ctx.Done():
		}
		if ctx.Err() != nil {
			break
		}
		wg.Add(1)
		go func() {
			defer func() { <-sem; wg.Done() }()
			if err := e.batch(ctx, texts[lo:hi], out[lo:hi]); err != nil {
				mu.Lock()
				if firstErr == nil {
					firstErr = err
				}
				mu.Unlock()
				cancel()
			}
		}()
	}
	wg.Wait()
	if firstErr != nil {
		return nil, fmt.Errorf("couldn't embed %d texts with %s: %w", len(texts), e.c.cfg.EmbeddingModel, firstErr)
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("couldn't embed %d texts: %w", len(texts), e.c.classify(ctx, "embed", err))
	}
	dim := len(out[0])
	for i, v := range out {
		if len(v) != dim {
			return nil, badReply("embed", "vector %d has %d dimensions, vector 0 has %d", i, len(v), dim)
		}
	}
	return out, nil
}

// batch embeds one batch into out, checking the reply's shape.
func (e *Embedder) batch(ctx context.Context, texts []string, out [][]float32) error {
	ctx, cancel := context.WithTimeout(ctx, e.c.cfg.EmbedTimeout)
	defer cancel()
	return e.c.call(ctx, "embed", func(ctx context.Context) error {
		resp, err := e.c.api.CreateEmbeddings(ctx, openai.EmbeddingRequestStrings{
			Input: texts, Model: openai.EmbeddingModel(e.c.cfg.EmbeddingModel),
		})
		if err != nil {
			return err
		}
		if len(resp.Data) != len(texts) {
			return badReply("embed", "got %d vectors for %d texts", len(resp.Data), len(texts))
		}
		// Servers may list the vectors in any order: each goes where its
		// index says. With as many vectors as texts, an index missing
		// shows as another one repeated or out of range.
		got := make([][]float32, len(texts))
		for i, d := range resp.Data {
			if d.Index < 0 || d.Index >= len(texts) {
				return badReply("embed", "vector %d of the reply has index %d, out of range for %d texts", i, d.Index, len(texts))
			}
			if got[d.Index] != nil {
				return badReply("embed", "index %d is given to two vectors of the reply, so another text has none", d.Index)
			}
			if len(d.Embedding) == 0 || len(d.Embedding) != len(resp.Data[0].Embedding) {
				return badReply("embed", "vector for index %d has %d dimensions, the reply's first has %d", d.Index, len(d.Embedding), len(resp.Data[0].Embedding))
			}
			got[d.Index] = d.Embedding
		}
		copy(out, got)
		return nil
	})
}
