package retrieval

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/storybot-dev/storybot/story"
	"github.com/storybot-dev/storybot/story/storytest"
	"github.com/storybot-dev/storybot/text"
)

type searchResult struct {
	ID                      string
	Story                   string
	Score                   float64
	VectorRank, KeywordRank int
	VectorScore, KwScore    float64
}

func searchAll(t testing.TB, ix *Index, q string) []searchResult {
	t.Helper()
	res, err := ix.Search(context.Background(), q, 5)
	if err != nil || res.VectorErr != nil {
		t.Fatalf("Search(%q): %v %v", q, err, res.VectorErr)
	}
	var out []searchResult
	for _, h := range res.Hits {
		if h.Chunk != &ix.chunks[h.doc] || h.Story != &ix.stories[h.Chunk.Story] {
			t.Fatalf("Search(%q): a hit points outside its index", q)
		}
		out = append(out, searchResult{h.Chunk.ID, h.Story.Source, h.Score, h.VectorRank, h.KeywordRank, h.VectorScore, h.KeywordScore})
	}
	return out
}

// sameAsFresh checks that ix searches, counts and lists exactly as an
// index built from scratch on the same stories.
func sameAsFresh(t *testing.T, ix *Index, g *storytest.Small, qs []string) {
	t.Helper()
	fresh, err := Build(context.Background(), ix.Stories(), ix.emb, ix.opts, nil)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(fresh.Chunks(), ix.Chunks()); diff != "" {
		t.Fatalf("chunks differ from a fresh build (-fresh +updated):\n%s", diff)
	}
	if fresh.Fingerprint() != ix.Fingerprint() {
		t.Fatal("fingerprint differs from a fresh build")
	}
	if fresh.bm25.Len() != ix.bm25.Len() || fresh.bm25.avgLen != ix.bm25.avgLen {
		t.Fatalf("BM25 documents/average length: fresh %d/%v, updated %d/%v", fresh.bm25.Len(), fresh.bm25.avgLen, ix.bm25.Len(), ix.bm25.avgLen)
	}
	for _, w := range g.Vocab {
		term := text.Stem(w)
		if a, b := fresh.DocFreq(term), ix.DocFreq(term); a != b {
			t.Fatalf("DocFreq(%q): fresh %d, updated %d", term, a, b)
		}
		if a, b := fresh.IDF(term), ix.IDF(term); a != b {
			t.Fatalf("IDF(%q): fresh %v, updated %v", term, a, b)
		}
	}
	for _, q := range qs {
		if diff := cmp.Diff(searchAll(t, fresh, q), searchAll(t, ix, q)); diff != "" {
			t.Fatalf("Search(%q) differs from a fresh build (-fresh +updated):\n%s", q, diff)
		}
		if diff := cmp.Diff(fresh.SearchKeywords(q, 50), ix.SearchKeywords(q, 50)); diff != "" {
			t.Fatalf("SearchKeywords(%q) differs from a fresh build (-fresh +updated):\n%s", q, diff)
		}
	}
}

// The property: after any sequence of random adds, edits and deletes,
// the incrementally updated index searches exactly as one built from
// scratch on the final corpus; every old version goes on searching as it
// did; and its snapshot opens to the same index.
func TestUpdateMatchesFreshBuild(t *testing.T) {
	ctx := context.Background()
	for seed := range uint64(8) {
		t.Run(fmt.Sprint("seed=", seed), func(t *testing.T) {
			g := storytest.NewSmall(seed)
			corpus := map[string]string{}
			for i := range 1 + g.R.IntN(4) {
				corpus[fmt.Sprintf("s%02d.txt", i)] = g.Text()
			}
			stories := func() []story.Story {
				var out []story.Story
				for src, text := range corpus {
					out = append(out, story.Parse(src, text))
				}
				slices.SortFunc(out, func(a, b story.Story) int { return strings.Compare(a.Source, b.Source) })
				return out
			}
			emb := newCounting()
			ix, err := Build(ctx, stories(), emb, DefaultOptions(), nil)
			if err != nil {
				t.Fatal(err)
			}
			qs := g.Queries()
			for step := range 30 {
				srcs := make([]string, 0, len(corpus))
				for s := range corpus {
					srcs = append(srcs, s)
				}
				slices.Sort(srcs)
				var what string
				switch op := g.R.IntN(10); {
				case op < 3 || len(corpus) == 1 && op < 6:
					src := fmt.Sprintf("s%02d.txt", g.R.IntN(30))
					what = "add " + src
					corpus[src] = g.Text()
					if g.R.IntN(5) == 0 {
						corpus[src] = corpus[srcs[0]] // a copy of another story
					}
				case op < 6:
					src := srcs[g.R.IntN(len(srcs))]
					what = "delete " + src
					delete(corpus, src)
				default:
					n := 1 + g.R.IntN(min(3, len(srcs)))
					what = fmt.Sprintf("edit %d stories", n)
					for _, src := range srcs[:n] {
						corpus[src] = g.Edit(corpus[src])
					}
				}
				before := map[string][]searchResult{}
				for _, q := range qs {
					before[q] = searchAll(t, ix, q)
				}
				emb.reset()
				nx, us, err := ix.Update(ctx, stories())
				if err != nil {
					t.Fatalf("step %d (%s): Update: %v", step, what, err)
				}
				if _, texts := emb.reset(); len(texts) != us.Embedded || us.Embedded > us.ChunksAdded {
					t.Fatalf("step %d: embedded %d texts, stats say %d of %d added", step, len(texts), us.Embedded, us.ChunksAdded)
				}
				// The old version is untouched.
				for _, q := range qs {
					if diff := cmp.Diff(before[q], searchAll(t, ix, q)); diff != "" {
						t.Fatalf("step %d (%s): the old version's Search(%q) changed:\n%s", step, what, q, diff)
					}
				}
				if nx != ix {
					if _, _, err := ix.Update(ctx, stories()); err != ErrStaleIndex {
						t.Fatalf("updating an old version: %v, want ErrStaleIndex", err)
					}
				}
				ix = nx
				sameAsFresh(t, ix, g, qs)
			}
			// The snapshot of an updated index opens as the same index.
			dir := t.TempDir()
			if err := ix.Save(filepath.Join(dir, SnapshotFile)); err != nil {
				t.Fatal(err)
			}
			loaded, err := Open(ctx, dir, ix.Stories(), emb, DefaultOptions(), nil)
			if err != nil || !loaded.Stats().Loaded {
				t.Fatalf("Open of an updated index's snapshot: %v, loaded %v", err, err == nil && loaded.Stats().Loaded)
			}
			sameAsFresh(t, loaded, g, qs)
			// And it can be updated in turn.
			corpus["zz.txt"] = g.Text()
			nx, _, err := loaded.Update(ctx, stories())
			if err != nil {
				t.Fatal(err)
			}
			sameAsFresh(t, nx, g, qs)
		})
	}
}

// Update takes the stories sorted by source, each once: a story given
// twice (or out of order) is refused, and the index stays as it was.
func TestUpdateRefusesAStoryTwice(t *testing.T) {
	ctx := context.Background()
	stories := testCorpus(t)
	ix, err := Build(ctx, stories, NewHashEmbedder(0), DefaultOptions(), nil)
	if err != nil {
		t.Fatal(err)
	}
	twice := slices.Insert(slices.Clone(stories), 1, stories[0])
	reversed := slices.Clone(stories)
	slices.Reverse(reversed)
	for name, in := range map[string][]story.Story{"a story twice": twice, "out of order": reversed} {
		if nx, _, err := ix.Update(ctx, in); err == nil || nx != nil {
			t.Errorf("%s: Update gave a new version %v, error %v; want an error", name, nx != nil, err)
		}
	}
	// Still the newest version: a good update goes through.
	if _, _, err := ix.Update(ctx, stories[1:]); err != nil {
		t.Errorf("update after the refusals: %v", err)
	}
}

// An update that fails (the embedder is down) changes nothing.
func TestUpdateFailureChangesNothing(t *testing.T) {
	ctx := context.Background()
	stories := testCorpus(t)
	ix, err := Build(ctx, stories, NewHashEmbedder(0), DefaultOptions(), nil)
	if err != nil {
		t.Fatal(err)
	}
	want := searchAll(t, ix, "weapons in Lima")
	ix.emb = failingEmbedder{ix.emb}
	changed := slices.Clone(stories)
	changed[1] = story.Parse(changed[1].Source, "Guards in Lima found nothing at all. The prison stayed open.")
	if _, _, err := ix.Update(ctx, changed); err == nil {
		t.Fatal("Update with the embedder down succeeded")
	}
	ix.emb = ix.emb.(failingEmbedder).Embedder
	if diff := cmp.Diff(want, searchAll(t, ix, "weapons in Lima")); diff != "" {
		t.Fatalf("a failed update changed the index:\n%s", diff)
	}
	nx, _, err := ix.Update(ctx, changed)
	if err != nil {
		t.Fatalf("Update after a failed one: %v", err)
	}
	if got := searchAll(t, nx, "weapons in Lima"); len(got) == 0 || slices.Equal(got, want) {
		t.Fatalf("Update after a failed one: %v", got)
	}
}

type failingEmbedder struct{ Embedder }

func (failingEmbedder) Embed(context.Context, []string) ([][]float32, error) {
	return nil, fmt.Errorf("embedding server down")
}

// Searches running while updates are applied each see one whole version:
// every search gives exactly what its version gave when it was made.
// Run with -race.
func TestSearchDuringUpdates(t *testing.T) {
	ctx := context.Background()
	g := storytest.NewSmall(99)
	corpus := make([]story.Story, 40)
	for i := range corpus {
		corpus[i] = story.Parse(fmt.Sprintf("s%02d.txt", i), g.Text())
	}
	ix, err := Build(ctx, corpus, NewHashEmbedder(0), DefaultOptions(), nil)
	if err != nil {
		t.Fatal(err)
	}
	qs := g.Queries()
	var expected sync.Map // *Index -> map[string][]searchResult
	record := func(ix *Index) {
		m := map[string][]searchResult{}
		for _, q := range qs {
			m[q] = searchAll(t, ix, q)
		}
		expected.Store(ix, m)
	}
	record(ix)
	var cur atomic.Pointer[Index]
	cur.Store(ix)
	done := make(chan struct{})
	var searches atomic.Int64
	var wg sync.WaitGroup
	for r := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := r; ; i++ {
				select {
				case <-done:
					return
				default:
				}
				v := cur.Load()
				q := qs[i%len(qs)]
				res, err := v.Search(ctx, q, 5)
				if err != nil || res.VectorErr != nil {
					t.Errorf("Search during updates: %v %v", err, res.VectorErr)
					return
				}
				var got []searchResult
				for _, h := range res.Hits {
					got = append(got, searchResult{h.Chunk.ID, h.Story.Source, h.Score, h.VectorRank, h.KeywordRank, h.VectorScore, h.KeywordScore})
				}
				m, _ := expected.Load(v)
				if diff := cmp.Diff(m.(map[string][]searchResult)[q], got); diff != "" {
					t.Errorf("Search(%q) on a version while others were made differs from its first answer:\n%s", q, diff)
					return
				}
				searches.Add(1)
			}
		}()
	}
	for step := range 60 {
		i := g.R.IntN(len(corpus))
		next := slices.Clone(corpus)
		if step%5 == 4 {
			next = slices.Delete(next, i, i+1)
			next = append(next, story.Parse(fmt.Sprintf("t%02d.txt", step), g.Text()))
		} else {
			next[i] = story.Parse(next[i].Source, g.Edit(next[i].Text))
		}
		slices.SortFunc(next, func(a, b story.Story) int { return strings.Compare(a.Source, b.Source) })
		nx, _, err := cur.Load().Update(ctx, next)
		if err != nil {
			t.Fatal(err)
		}
		record(nx)
		cur.Store(nx)
		corpus = next
	}
	close(done)
	wg.Wait()
	if searches.Load() == 0 {
		t.Error("no search ran during the updates")
	}
	t.Logf("%d searches during 60 updates", searches.Load())
}
