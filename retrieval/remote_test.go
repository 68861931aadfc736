package retrieval

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"strings"
	"sync"
	"testing"

	"github.com/storybot-dev/storybot/story"
)

// replayRemote answers as another in-process index would: the remote side
// of these tests without a server (the weaviate package tests the real
// one). verify decides each hit's check; fail makes every search fail.
type replayRemote struct {
	ix     *Index
	verify func(source string) error
	fail   error
	mu     sync.Mutex
	calls  int
}

func (r *replayRemote) Search(ctx context.Context, query string, vec []float32, n int) ([]RemoteHit, error) {
	r.mu.Lock()
	r.calls++
	r.mu.Unlock()
	if r.fail != nil {
		return nil, r.fail
	}
	res, err := r.ix.Search(ctx, query, n)
	if err != nil {
		return nil, err
	}
	out := make([]RemoteHit, len(res.Hits))
	for i, h := range res.Hits {
		src := h.Story.Source
		out[i] = RemoteHit{Source: src, ChunkID: h.Chunk.ID,
			VectorRank: h.VectorRank, VectorScore: h.VectorScore, KeywordRank: h.KeywordRank, KeywordScore: h.KeywordScore}
		if r.verify != nil {
			out[i].Verify = func(*story.Story) error { return r.verify(src) }
		}
	}
	return out, nil
}

type lockedLog struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedLog) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedLog) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func remoteFixture(t *testing.T) (plain, ix *Index, r *replayRemote, log *lockedLog) {
	t.Helper()
	ctx := context.Background()
	stories := []story.Story{sentencesStory("a.txt", 6), sentencesStory("b.txt", 5), sentencesStory("c.txt", 4)}
	opts := DefaultOptions()
	opts.Chunk = story.ChunkOptions{MaxSentences: 1, MaxBytes: 800}
	var err error
	if plain, err = Build(ctx, stories, NewHashEmbedder(0), opts, nil); err != nil {
		t.Fatal(err)
	}
	if ix, err = Build(ctx, stories, NewHashEmbedder(0), opts, nil); err != nil {
		t.Fatal(err)
	}
	r = &replayRemote{ix: plain}
	log = &lockedLog{}
	ix.SetRemote(r, slog.New(slog.NewTextHandler(log, nil)))
	return plain, ix, r, log
}

func hitKeys(hs []Hit) []string {
	var out []string
	for _, h := range hs {
		out = append(out, h.Chunk.ID)
	}
	return out
}

// TestRemoteSearchSameAsLocal: hits a remote index found read as the
// local index's own, ranks and scores included.
func TestRemoteSearchSameAsLocal(t *testing.T) {
	ctx := context.Background()
	plain, ix, r, log := remoteFixture(t)
	for _, q := range []string{"prison riot police", "the death toll", "guards hostage"} {
		want, err := plain.Search(ctx, q, 3)
		if err != nil {
			t.Fatal(err)
		}
		got, err := ix.Search(ctx, q, 3)
		if err != nil {
			t.Fatal(err)
		}
		if len(got.Hits) != len(want.Hits) || len(got.Hits) == 0 {
			t.Fatalf("%q: %d hits, want %d", q, len(got.Hits), len(want.Hits))
		}
		for i := range want.Hits {
			g, w := got.Hits[i], want.Hits[i]
			if g.Chunk.ID != w.Chunk.ID || g.Story.Source != w.Story.Source || g.Score != w.Score ||
				g.VectorRank != w.VectorRank || g.VectorScore != w.VectorScore || g.KeywordRank != w.KeywordRank || g.KeywordScore != w.KeywordScore {
				t.Errorf("%q hit %d = %+v, want %+v", q, i, g, w)
			}
			if g.Chunk != &ix.Chunks()[g.doc] {
				t.Errorf("%q hit %d does not point at the local chunk", q, i)
			}
		}
	}
	if r.calls != 3 {
		t.Errorf("remote searched %d times, want 3", r.calls)
	}
	if strings.Contains(log.String(), "WARN") {
		t.Errorf("warnings: %s", log)
	}
}

// TestRemoteUnverifiedDropped: a hit whose story fails the check against
// the local file is never returned, and the log says so.
func TestRemoteUnverifiedDropped(t *testing.T) {
	ctx := context.Background()
	plain, ix, r, log := remoteFixture(t)
	r.verify = func(src string) error {
		if src == "a.txt" {
			return errors.New("story a.txt differs from the indexed version")
		}
		return nil
	}
	all, _ := plain.Search(ctx, "prison riot police", 10)
	hadA := false
	for _, h := range all.Hits {
		hadA = hadA || h.Story.Source == "a.txt"
	}
	if !hadA {
		t.Fatal("the query finds nothing in a.txt: pick another")
	}
	got, err := ix.Search(ctx, "prison riot police", 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Hits) == 0 {
		t.Fatal("no hits")
	}
	for _, h := range got.Hits {
		if h.Story.Source == "a.txt" {
			t.Errorf("hit %s of the unverified story returned", h.Chunk.ID)
		}
	}
	if !strings.Contains(log.String(), "dropping a hit") || !strings.Contains(log.String(), "differs from the indexed version") {
		t.Errorf("log does not report the dropped hits: %s", log)
	}
	// A story missing here is dropped too.
	r.verify = nil
	local := plain.Stories()[:2]
	small, err := Build(ctx, local, NewHashEmbedder(0), ix.Options(), nil)
	if err != nil {
		t.Fatal(err)
	}
	small.SetRemote(r, slog.New(slog.NewTextHandler(log, nil)))
	got, err = small.Search(ctx, "prison riot police", 10)
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range got.Hits {
		if h.Story.Source == "c.txt" {
			t.Errorf("hit %s of a story this machine lacks returned", h.Chunk.ID)
		}
	}
}

// TestRemoteFallback: a failing remote, or one whose every hit fails the
// check, leaves the answer to the local index.
func TestRemoteFallback(t *testing.T) {
	ctx := context.Background()
	plain, ix, r, log := remoteFixture(t)
	want, _ := plain.Search(ctx, "the death toll", 5)
	r.fail = errors.New("connection refused")
	got, err := ix.Search(ctx, "the death toll", 5)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(hitKeys(got.Hits), " ") != strings.Join(hitKeys(want.Hits), " ") {
		t.Errorf("fallback hits %v, want the local %v", hitKeys(got.Hits), hitKeys(want.Hits))
	}
	if !strings.Contains(log.String(), "answering from the local index") || !strings.Contains(log.String(), "connection refused") {
		t.Errorf("log: %s", log)
	}
	if _, err := ix.SearchRemote(ctx, "the death toll", 5); !errors.As(err, new(*RemoteError)) {
		t.Errorf("SearchRemote with a failing remote: %v, want a RemoteError", err)
	}
	r.fail = nil
	r.verify = func(string) error { return errors.New("another corpus") }
	if _, err := ix.SearchRemote(ctx, "the death toll", 5); !errors.Is(err, ErrRemoteStale) {
		t.Errorf("SearchRemote with no verifiable hit: %v, want ErrRemoteStale", err)
	}
	got, err = ix.Search(ctx, "the death toll", 5)
	if err != nil || strings.Join(hitKeys(got.Hits), " ") != strings.Join(hitKeys(want.Hits), " ") {
		t.Errorf("no verifiable hit: %v %v, want the local %v", hitKeys(got.Hits), err, hitKeys(want.Hits))
	}
}

// TestRemoteWithoutFallback: with the local fallback off, a failing
// remote makes Search fail with ErrUnavailable instead of answering from
// the local index; the setting holds in versions Update makes.
func TestRemoteWithoutFallback(t *testing.T) {
	ctx := context.Background()
	_, ix, r, _ := remoteFixture(t)
	ix.SetRemoteFallback(false)
	r.fail = errors.New("connection refused")
	if res, err := ix.Search(ctx, "the death toll", 5); !errors.Is(err, ErrUnavailable) || len(res.Hits) != 0 {
		t.Fatalf("Search = %d hits, %v; want ErrUnavailable and nothing", len(res.Hits), err)
	}
	next, _, err := ix.Update(ctx, ix.Stories())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := next.Search(ctx, "the death toll", 5); !errors.Is(err, ErrUnavailable) {
		t.Errorf("after Update: %v, want ErrUnavailable", err)
	}
	r.fail = nil
	if res, err := ix.Search(ctx, "the death toll", 5); err != nil || len(res.Hits) == 0 {
		t.Errorf("remote back: %d hits, %v", len(res.Hits), err)
	}
}

// TestRemoteSurvivesUpdate: a version Update makes searches the same
// remote.
func TestRemoteSurvivesUpdate(t *testing.T) {
	ctx := context.Background()
	_, ix, r, _ := remoteFixture(t)
	stories := append([]story.Story{}, ix.Stories()...)
	stories[1] = sentencesStory("b.txt", 2)
	nx, _, err := ix.Update(ctx, stories)
	if err != nil {
		t.Fatal(err)
	}
	if !nx.HasRemote() {
		t.Fatal("the updated version lost the remote")
	}
	before := r.calls
	if _, err := nx.Search(ctx, "prison", 3); err != nil {
		t.Fatal(err)
	}
	if r.calls != before+1 {
		t.Errorf("the updated version did not search the remote")
	}
}
