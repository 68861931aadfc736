package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/storybot-dev/storybot/config"
	"github.com/storybot-dev/storybot/retrieval"
	"github.com/storybot-dev/storybot/weaviate"
)

// shared is the Weaviate side of a process whose retrieval.backend is
// "weaviate": a client that searches (few retries: a question waits for no
// backoff) and one that writes (Weaviate's transient errors retried).
type shared struct {
	search *weaviate.Client
	write  *weaviate.Client
	remote *weaviate.Remote
	// searcher searches the collection for the local index attachWeaviate
	// was given; searcher.With(ix) does for a newer version of it.
	searcher *retrieval.RemoteSearcher
	// unavailableAtStart says why the process started without Weaviate
	// (weaviate.fallback = "chromem"); "" when it was reachable.
	unavailableAtStart string
	url                string
	// synced is what the sync at start did, if there was one.
	synced *weaviate.SyncStats
}

// remoteBackoff is how long questions skip Weaviate after it was found
// unavailable, answering from the local index meanwhile.
const remoteBackoff = 15 * time.Second

// newShared makes the clients; it does not contact Weaviate.
func newShared(cfg config.Config, getenv func(string) string, progress func(done, total int)) (*shared, error) {
	w := cfg.Weaviate
	wc := weaviate.Config{
		URL: w.URL, Collection: w.Collection, APIKey: getenv(config.EnvWeaviateKey),
		Timeout: w.Timeout.Duration, BatchSize: w.BatchSize, Replicas: w.Replicas, Shards: w.Shards, Progress: progress,
	}
	write, err := weaviate.New(wc)
	if err != nil {
		return nil, err
	}
	wc.MaxRetries, wc.Progress = 1, nil
	wc.RetryBase = 100 * time.Millisecond
	search, err := weaviate.New(wc)
	if err != nil {
		return nil, err
	}
	return &shared{search: search, write: write, url: config.RedactURL(w.URL),
		remote: &weaviate.Remote{Client: search, Timeout: w.Timeout.Duration, Backoff: remoteBackoff}}, nil
}

// attachWeaviate makes sh.searcher: ix's search through the collection,
// each hit verified against ix's stories. Weaviate unreachable at start is
// an error unless weaviate.fallback = "chromem"; then questions go to the
// local index until it answers. The collection is
// written (synced from ix) when write is set, or when it is empty.
func (a *app) attachWeaviate(ctx context.Context, e *env, ix *retrieval.Index, log *slog.Logger, write bool) (*shared, error) {
	sh, err := newShared(a.cfg, e.getenv, a.syncProgress)
	if err != nil {
		return nil, err
	}
	sh.remote.Salt = weaviate.Salt(ix.Embedder().ID(), ix.Options().Chunk)
	// Without fallback = "chromem", questions fail politely while the
	// collection can't be reached, rather than quietly using this
	// process's own index.
	sh.searcher = retrieval.NewRemoteSearcher(ix, sh.remote,
		retrieval.RemoteOptions{Fallback: a.cfg.Weaviate.Fallback == "chromem"}, log)
	rctx, cancel := context.WithTimeout(ctx, a.cfg.Weaviate.Timeout.Duration)
	err = sh.search.Ready(rctx)
	cancel()
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		if a.cfg.Weaviate.Fallback != "chromem" || a.strictModel {
			return nil, fmt.Errorf("weaviate at %s is unreachable (retrieval.backend = \"weaviate\"; weaviate.fallback = \"chromem\" would start on the in-process index): %w", sh.url, err)
		}
		sh.unavailableAtStart = err.Error()
		log.Warn("weaviate is unreachable at start; answering from the in-process index until it is back (weaviate.fallback = \"chromem\")", "url", sh.url, "err", err)
		return sh, nil
	}
	if !write {
		n, err := sh.search.Count(ctx)
		switch {
		case errors.Is(err, weaviate.ErrNoCollection):
			write = true
		case err != nil:
			log.Warn("couldn't count the weaviate collection", "err", err)
		case n == 0:
			write = true
		}
		if write {
			log.Info("the weaviate collection is empty: writing the index to it", "collection", sh.write.Collection())
		}
	}
	if write {
		st, err := sh.sync(ctx, ix, log)
		if err != nil {
			return nil, err
		}
		sh.synced = &st
	}
	log.Info("searching the weaviate collection", "url", sh.url, "collection", sh.search.Collection())
	return sh, nil
}

// sync writes what changed in ix to the collection.
func (sh *shared) sync(ctx context.Context, ix *retrieval.Index, log *slog.Logger) (weaviate.SyncStats, error) {
	st, err := sh.write.SyncIndex(ctx, ix)
	if err != nil {
		return st, fmt.Errorf("couldn't write the index to weaviate collection %s at %s: %w", sh.write.Collection(), sh.url, err)
	}
	log.Info("weaviate collection synced", "collection", sh.write.Collection(), "stories", st.Stories,
		"unchanged", st.Unchanged, "added", st.Added, "changed", st.Changed, "removed", st.Removed,
		"written", st.Written, "deleted", st.Deleted, "took", st.Took)
	return st, nil
}

// syncer writes every new index version to the collection, one sync at a
// time, the newest version pending replacing older ones.
type syncer struct {
	sh      *shared
	log     *slog.Logger
	mu      sync.Mutex
	pending *retrieval.Index
	wake    chan struct{}
	// onSync, if set, is told each sync's outcome (tests).
	onSync func(weaviate.SyncStats, error)
}

// syncRetry is how long the writer waits to retry a failed sync.
const syncRetry = 30 * time.Second

func newSyncer(sh *shared, log *slog.Logger) *syncer {
	return &syncer{sh: sh, log: log, wake: make(chan struct{}, 1)}
}

// add queues ix for writing.
func (s *syncer) add(ix *retrieval.Index) {
	s.mu.Lock()
	s.pending = ix
	s.mu.Unlock()
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

// run writes queued versions until ctx ends.
func (s *syncer) run(ctx context.Context) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-s.wake:
		}
		s.mu.Lock()
		ix := s.pending
		s.pending = nil
		s.mu.Unlock()
		if ix == nil {
			continue
		}
		st, err := s.sh.sync(ctx, ix, s.log)
		if err != nil && ctx.Err() == nil {
			s.log.Warn("couldn't sync the reloaded corpus to weaviate; trying again shortly", "err", err, "in", syncRetry)
			time.AfterFunc(syncRetry, func() {
				s.mu.Lock()
				if s.pending == nil {
					s.pending = ix
				}
				s.mu.Unlock()
				select {
				case s.wake <- struct{}{}:
				default:
				}
			})
		}
		if s.onSync != nil {
			s.onSync(st, err)
		}
	}
}
