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
// one). verify decides each hit's check; text, if set, changes the text a
// hit carries; fail makes every search fail.
type replayRemote struct {
	ix     *Index
	verify func(source string) error
	text   func(source, text string) string
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
		text := h.Story.Text[h.Chunk.Start:h.Chunk.End]
		if r.text != nil {
			text = r.text(src, text)
		}
		out[i] = RemoteHit{Source: src, ChunkID: h.Chunk.ID, Text: text,
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

// remoteFixture makes two indexes of the same stories: plain, which the
// replayed remote searches, and the searcher's local one.
func remoteFixture(t *testing.T, ropts RemoteOptions) (plain *Index, s *RemoteSearcher, r *replayRemote, log *lockedLog) {
	t.Helper()
	ctx := context.Background()
	stories := []story.Story{sentencesStory("a.txt", 6), sentencesStory("b.txt", 5), sentencesStory("c.txt", 4)}
	opts := DefaultOptions()
	opts.Chunk = story.ChunkOptions{MaxSentences: 1, MaxBytes: 800}
	plain, err := Build(ctx, stories, NewHashEmbedder(0), opts, nil)
	if err != nil {
		t.Fatal(err)
	}
	ix, err := Build(ctx, stories, NewHashEmbedder(0), opts, nil)
	if err != nil {
		t.Fatal(err)
	}
	r = &replayRemote{ix: plain}
	log = &lockedLog{}
	return plain, NewRemoteSearcher(ix, r, ropts, slog.New(slog.NewTextHandler(log, nil))), r, log
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
	plain, s, r, log := remoteFixture(t, RemoteOptions{})
	for _, q := range []string{"prison riot police", "the death toll", "guards hostage"} {
		want, err := plain.Search(ctx, q, 3)
		if err != nil {
			t.Fatal(err)
		}
		got, err := s.Search(ctx, q, 3)
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
			if g.Chunk != &s.Local().Chunks()[g.doc] {
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
	plain, s, r, log := remoteFixture(t, RemoteOptions{})
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
	got, err := s.Search(ctx, "prison riot police", 10)
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
	small, err := Build(ctx, local, NewHashEmbedder(0), s.Local().Options(), nil)
	if err != nil {
		t.Fatal(err)
	}
	got, err = s.With(small).Search(ctx, "prison riot police", 10)
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range got.Hits {
		if h.Story.Source == "c.txt" {
			t.Errorf("hit %s of a story this machine lacks returned", h.Chunk.ID)
		}
	}
}

// TestRemoteOtherTextDropped: a hit whose text is not the local chunk's
// bytes is never returned, even when its own check passes: what is cited
// is what was found.
func TestRemoteOtherTextDropped(t *testing.T) {
	ctx := context.Background()
	_, s, r, log := remoteFixture(t, RemoteOptions{})
	const q = "prison riot police"
	before, err := s.Search(ctx, q, 10)
	if err != nil {
		t.Fatal(err)
	}
	hadB := false
	for _, h := range before.Hits {
		hadB = hadB || h.Story.Source == "b.txt"
	}
	if !hadB {
		t.Fatal("the query finds nothing in b.txt: pick another")
	}
	r.verify = func(string) error { return nil }
	r.text = func(src, text string) string {
		if src == "b.txt" {
			return strings.Replace(text, "story", "stroy", 1)
		}
		return text
	}
	got, err := s.Search(ctx, q, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Hits) == 0 {
		t.Fatal("no hits")
	}
	for _, h := range got.Hits {
		if h.Story.Source == "b.txt" {
			t.Errorf("hit %s returned though the remote holds other text", h.Chunk.ID)
		}
	}
	if !strings.Contains(log.String(), "dropping a hit") || !strings.Contains(log.String(), "not the text the remote index holds") {
		t.Errorf("log does not report the dropped hits: %s", log)
	}
}

// TestRemoteFallback: a failing remote, or one whose every hit fails the
// check, leaves the answer to the local index.
func TestRemoteFallback(t *testing.T) {
	ctx := context.Background()
	plain, s, r, log := remoteFixture(t, RemoteOptions{Fallback: true})
	want, _ := plain.Search(ctx, "the death toll", 5)
	r.fail = errors.New("connection refused")
	got, err := s.Search(ctx, "the death toll", 5)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(hitKeys(got.Hits), " ") != strings.Join(hitKeys(want.Hits), " ") {
		t.Errorf("fallback hits %v, want the local %v", hitKeys(got.Hits), hitKeys(want.Hits))
	}
	for _, h := range got.Hits {
		if h.Chunk != &s.Local().Chunks()[h.doc] {
			t.Errorf("fallback hit %s does not point at the local chunk", h.Chunk.ID)
		}
	}
	if !strings.Contains(log.String(), "answering from the local index") || !strings.Contains(log.String(), "connection refused") {
		t.Errorf("log: %s", log)
	}
	if _, err := s.SearchRemote(ctx, "the death toll", 5); !errors.As(err, new(*RemoteError)) {
		t.Errorf("SearchRemote with a failing remote: %v, want a RemoteError", err)
	}
	r.fail = nil
	r.verify = func(string) error { return errors.New("another corpus") }
	if _, err := s.SearchRemote(ctx, "the death toll", 5); !errors.Is(err, ErrRemoteStale) {
		t.Errorf("SearchRemote with no verifiable hit: %v, want ErrRemoteStale", err)
	}
	got, err = s.Search(ctx, "the death toll", 5)
	if err != nil || strings.Join(hitKeys(got.Hits), " ") != strings.Join(hitKeys(want.Hits), " ") {
		t.Errorf("no verifiable hit: %v %v, want the local %v", hitKeys(got.Hits), err, hitKeys(want.Hits))
	}
	// The caller's own context ending is not the remote failing: no
	// fallback, no warning.
	r.verify = nil
	n := strings.Count(log.String(), "WARN")
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if res, err := s.Search(cctx, "the death toll", 5); !errors.Is(err, context.Canceled) || len(res.Hits) != 0 {
		t.Errorf("cancelled search = %d hits, %v; want context.Canceled", len(res.Hits), err)
	}
	if strings.Count(log.String(), "WARN") != n {
		t.Errorf("a cancelled search was logged as a remote failure: %s", log)
	}
}

// TestRemoteWithoutFallback: with the local fallback off, a failing
// remote makes Search fail with ErrUnavailable instead of answering from
// the local index; the setting holds in searchers With makes.
func TestRemoteWithoutFallback(t *testing.T) {
	ctx := context.Background()
	_, s, r, _ := remoteFixture(t, RemoteOptions{Fallback: false})
	r.fail = errors.New("connection refused")
	if res, err := s.Search(ctx, "the death toll", 5); !errors.Is(err, ErrUnavailable) || len(res.Hits) != 0 {
		t.Fatalf("Search = %d hits, %v; want ErrUnavailable and nothing", len(res.Hits), err)
	}
	stories := append([]story.Story{}, s.Stories()...)
	stories[0] = sentencesStory("a.txt", 3)
	next, _, err := s.Local().Update(ctx, stories)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.With(next).Search(ctx, "the death toll", 5); !errors.Is(err, ErrUnavailable) {
		t.Errorf("over the updated version: %v, want ErrUnavailable", err)
	}
	r.fail = nil
	if res, err := s.Search(ctx, "the death toll", 5); err != nil || len(res.Hits) == 0 {
		t.Errorf("remote back: %d hits, %v", len(res.Hits), err)
	}
}

// TestRemoteSearcherWith: a searcher With makes over a version Update
// made searches the same remote and cites from the new version, while the
// old searcher still cites from the old one.
func TestRemoteSearcherWith(t *testing.T) {
	ctx := context.Background()
	plain, s, r, _ := remoteFixture(t, RemoteOptions{})
	stories := append([]story.Story{}, s.Stories()...)
	stories[1] = sentencesStory("b.txt", 2)
	nx, _, err := s.Local().Update(ctx, stories)
	if err != nil {
		t.Fatal(err)
	}
	// The remote follows the corpus as a writer's sync would.
	if r.ix, _, err = plain.Update(ctx, stories); err != nil {
		t.Fatal(err)
	}
	ns := s.With(nx)
	if ns.Local() != nx || s.Local() == nx {
		t.Fatal("With did not make a searcher over the new version alone")
	}
	before := r.calls
	res, err := ns.Search(ctx, "prison", 10)
	if err != nil || len(res.Hits) == 0 {
		t.Fatalf("new version: %d hits, %v", len(res.Hits), err)
	}
	if r.calls != before+1 {
		t.Errorf("the new searcher did not search the remote")
	}
	for _, h := range res.Hits {
		if h.Chunk != &nx.Chunks()[h.doc] || h.Story != &nx.Stories()[h.Chunk.Story] {
			t.Errorf("hit %s does not point into the new version", h.Chunk.ID)
		}
	}
	if len(ns.Chunks()) != len(nx.Chunks()) || len(s.Chunks()) == len(nx.Chunks()) {
		t.Errorf("chunks: new searcher %d (want %d), old searcher %d", len(ns.Chunks()), len(nx.Chunks()), len(s.Chunks()))
	}
}
