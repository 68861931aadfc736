package main

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"
	"time"

	"github.com/storybot-dev/storybot/llm"
	"github.com/storybot-dev/storybot/retrieval"
)

// probedEmbedder is the model's embedder with a bound on starting: before
// the first texts are embedded it embeds one alone, within timeout
// (llm.start_timeout), so a server that takes connections and never
// answers costs that long, not embed_timeout per batch and retries.
type probedEmbedder struct {
	retrieval.Embedder
	timeout time.Duration
	host    string
	notice  time.Duration // how long embedding goes on before its progress shows
	done    atomic.Bool
	start   atomic.Int64 // unix nanoseconds of the first Embed
}

func (p *probedEmbedder) Embed(ctx context.Context, texts []string) ([][]float32, error) {
	if !p.done.Load() && len(texts) > 0 {
		p.start.CompareAndSwap(0, time.Now().UnixNano())
		pctx, cancel := context.WithTimeout(ctx, p.timeout)
		_, err := p.Embedder.Embed(pctx, texts[:1])
		timedOut := errors.Is(pctx.Err(), context.DeadlineExceeded)
		cancel()
		switch {
		case err == nil:
		case ctx.Err() != nil:
			return nil, err
		case errors.Is(err, llm.ErrUnreachable) && !timedOut:
			// Refused at once, or no such host: not a matter of time.
			return nil, fmt.Errorf("the model server at %s could not be reached: %w", p.host, err)
		case timedOut || errors.Is(err, llm.ErrTimeout):
			if !errors.Is(err, llm.ErrTimeout) {
				err = fmt.Errorf("%w: %w", llm.ErrTimeout, err)
			}
			return nil, fmt.Errorf("the model server at %s did not embed one text within llm.start_timeout (%s): %w", p.host, p.timeout, err)
		default:
			return nil, fmt.Errorf("the model server at %s couldn't embed a text: %w", p.host, err)
		}
		p.done.Store(true)
	}
	return p.Embedder.Embed(ctx, texts)
}

// waited reports whether embedding has gone on long enough to show its
// progress.
func (p *probedEmbedder) waited() bool {
	s := p.start.Load()
	return s != 0 && time.Since(time.Unix(0, s)) >= p.notice
}
