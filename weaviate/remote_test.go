package weaviate

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"math"
	"net"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/storybot-dev/storybot/retrieval"
	"github.com/storybot-dev/storybot/story"
)

type syncLog struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *syncLog) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *syncLog) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func newsStories(tb testing.TB) []story.Story {
	tb.Helper()
	stories, _, err := story.LoadAll(os.DirFS("../testdata/news"))
	if err != nil {
		tb.Fatal(err)
	}
	return stories
}

// TestRemoteIndex: a writer syncs its local index into the collection; a
// reader's index searches it, every hit mapped to the reader's own chunk
// with both sides' ranks and scores; a story that differs on the reader is
// never cited until the writer has synced the same version.
func TestRemoteIndex(t *testing.T) {
	srv := server(t)
	ctx := context.Background()
	c, _ := newClient(t, srv, Config{})
	stories := newsStories(t)
	opts := retrieval.DefaultOptions()
	writer, err := retrieval.Build(ctx, stories, emb, opts, nil)
	if err != nil {
		t.Fatal(err)
	}
	st, err := c.SyncIndex(ctx, writer)
	if err != nil {
		t.Fatal(err)
	}
	if st.Written != len(writer.Chunks()) || st.Added != len(stories) {
		t.Fatalf("first sync %+v, want %d chunks of %d stories written", st, len(writer.Chunks()), len(stories))
	}
	if st, err := c.SyncIndex(ctx, writer); err != nil || st.Written+st.Deleted != 0 {
		t.Fatalf("second sync %+v, %v: want nothing written", st, err)
	}

	reader, err := retrieval.Build(ctx, stories, emb, opts, nil)
	if err != nil {
		t.Fatal(err)
	}
	log := &syncLog{}
	rem := &Remote{Client: c, Salt: Salt(emb.ID(), opts.Chunk)}
	rs := retrieval.NewRemoteSearcher(reader, rem, retrieval.RemoteOptions{}, slog.New(slog.NewTextHandler(log, nil)))
	queries := []string{"prison riot death toll", "how many guards were held hostage", "state of emergency Guayaquil"}
	for _, q := range queries {
		res, err := rs.SearchRemote(ctx, q, 5)
		if err != nil {
			t.Fatalf("%q: %v", q, err)
		}
		if len(res.Hits) != 5 {
			t.Fatalf("%q: %d hits, want 5", q, len(res.Hits))
		}
		qv := emb.Vector(q)
		for _, h := range res.Hits {
			if h.Story.Text[h.Chunk.Start:h.Chunk.End] == "" || h.VectorRank+h.KeywordRank == 0 {
				t.Errorf("%q: hit %s has no text or no side", q, h.Chunk.ID)
			}
			if h.VectorRank > 0 {
				want := cosine(qv, reader.Vectors()[chunkPos(reader, h.Chunk.ID)])
				if math.Abs(h.VectorScore-want) > 1e-4 {
					t.Errorf("%q: hit %s vector score %g, want the cosine %g", q, h.Chunk.ID, h.VectorScore, want)
				}
			}
			if h.KeywordRank > 0 && h.KeywordScore <= 0 {
				t.Errorf("%q: hit %s keyword rank %d without a BM25 score", q, h.Chunk.ID, h.KeywordRank)
			}
			if h.Score <= 0 {
				t.Errorf("%q: hit %s has no fused score", q, h.Chunk.ID)
			}
		}
	}
	if strings.Contains(log.String(), "WARN") {
		t.Fatalf("warnings on a reader with the same stories:\n%s", log)
	}

	// The reader's copy of a story changes before the writer's sync: its
	// hits are dropped, never cited from stale offsets.
	const q = "Penitenciaria del Litoral death toll raised"
	res, err := rs.SearchRemote(ctx, q, 5)
	if err != nil || len(res.Hits) == 0 {
		t.Fatalf("%q: %v, %d hits", q, err, len(res.Hits))
	}
	target := res.Hits[0].Story.Source
	changed := append([]story.Story{}, stories...)
	for i := range changed {
		if changed[i].Source == target {
			changed[i].Text = "Editor's note: corrected. " + changed[i].Text
		}
	}
	reader2, _, err := reader.Update(ctx, changed)
	if err != nil {
		t.Fatal(err)
	}
	rs2 := rs.With(reader2)
	res, err = rs2.SearchRemote(ctx, q, 5)
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range res.Hits {
		if h.Story.Source == target {
			t.Errorf("hit %s cited from a story that differs from the indexed version", h.Chunk.ID)
		}
	}
	if !strings.Contains(log.String(), "differs from the indexed version") {
		t.Errorf("the dropped hits are not logged:\n%s", log)
	}
	// The writer syncs the same change: the story is found again.
	writer2, _, err := writer.Update(ctx, changed)
	if err != nil {
		t.Fatal(err)
	}
	if st, err := c.SyncIndex(ctx, writer2); err != nil || st.Changed != 1 || st.Unchanged != len(stories)-1 {
		t.Fatalf("sync of one changed story: %+v, %v", st, err)
	}
	res, err = rs2.SearchRemote(ctx, q, 5)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Hits) == 0 || res.Hits[0].Story.Source != target {
		t.Errorf("after the writer's sync the first hit is %v, want a chunk of %s", res.Hits, target)
	}
}

func chunkPos(ix *retrieval.Index, id string) int {
	for i, c := range ix.Chunks() {
		if c.ID == id {
			return i
		}
	}
	return -1
}

// TestRemoteUnavailable: with Weaviate gone, questions are answered from
// the local index, the health check says why, and after one failure the
// next questions don't wait for Weaviate at all.
func TestRemoteUnavailable(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close() // nothing listens there now
	c, err := New(Config{URL: "http://" + addr, MaxRetries: 1, RetryBase: time.Millisecond, Timeout: 2 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	stories := newsStories(t)
	ix, err := retrieval.Build(ctx, stories, emb, retrieval.DefaultOptions(), nil)
	if err != nil {
		t.Fatal(err)
	}
	plain, err := retrieval.Build(ctx, stories, emb, retrieval.DefaultOptions(), nil)
	if err != nil {
		t.Fatal(err)
	}
	log := &syncLog{}
	rem := &Remote{Client: c, Salt: Salt(emb.ID(), ix.Options().Chunk), Backoff: time.Minute}
	rs := retrieval.NewRemoteSearcher(ix, rem, retrieval.RemoteOptions{Fallback: true}, slog.New(slog.NewTextHandler(log, nil)))
	const q = "prison riot death toll"
	got, err := rs.Search(ctx, q, 5)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := plain.Search(ctx, q, 5)
	if len(got.Hits) != 5 || got.Hits[0].Chunk.ID != want.Hits[0].Chunk.ID {
		t.Errorf("with weaviate down: %d hits, want the local index's %d", len(got.Hits), len(want.Hits))
	}
	if !strings.Contains(log.String(), "answering from the local index") {
		t.Errorf("the fallback is not logged:\n%s", log)
	}
	if err := rem.Check(ctx); err == nil {
		t.Error("health check passes with weaviate down")
	}
	if _, err := rem.Search(ctx, q, nil, 5); !errors.Is(err, ErrSkipped) {
		t.Errorf("a search within the backoff: %v, want ErrSkipped", err)
	}
}
