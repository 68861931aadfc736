package weaviate

import (
	"context"
	"errors"
	"fmt"
	"math"
	"net/http"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/storybot-dev/storybot/retrieval"
	"github.com/storybot-dev/storybot/story"
	"github.com/storybot-dev/storybot/weaviate/weaviatetest"
)

// These tests run against a real Weaviate started on loopback from the
// installed binary (bash scripts/install-weaviate.sh); without it they
// skip, or fail under STORYBOT_REQUIRE_WEAVIATE=1. One server serves the
// package; each test has its own collection.

var shared struct {
	once sync.Once
	dir  string
	srv  *weaviatetest.Server
	err  error
}

func TestMain(m *testing.M) {
	code := m.Run()
	if shared.srv != nil {
		if err := shared.srv.Stop(); err != nil {
			fmt.Fprintln(os.Stderr, "stopping weaviate:", err)
		}
	}
	if shared.dir != "" {
		os.RemoveAll(shared.dir)
	}
	os.Exit(code)
}

// server returns the package's Weaviate, starting it on first use.
func server(tb testing.TB) *weaviatetest.Server {
	tb.Helper()
	weaviatetest.Need(tb)
	shared.once.Do(func() {
		shared.dir, shared.err = os.MkdirTemp("", "storybot-weaviate-")
		if shared.err != nil {
			return
		}
		start := time.Now()
		shared.srv, shared.err = weaviatetest.StartMain(shared.dir, weaviatetest.Options{})
		if shared.err == nil {
			tb.Logf("weaviate %s ready at %s in %s", weaviatetest.Version, shared.srv.URL, time.Since(start).Round(time.Millisecond))
		}
	})
	if shared.err != nil {
		tb.Fatalf("starting weaviate: %v", shared.err)
	}
	return shared.srv
}

// countingTransport counts requests by "METHOD /path".
type countingTransport struct {
	mu     sync.Mutex
	counts map[string]int
}

func (ct *countingTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	ct.mu.Lock()
	if ct.counts == nil {
		ct.counts = map[string]int{}
	}
	ct.counts[r.Method+" "+r.URL.Path]++
	ct.mu.Unlock()
	return http.DefaultTransport.RoundTrip(r)
}

func (ct *countingTransport) reset() map[string]int {
	ct.mu.Lock()
	defer ct.mu.Unlock()
	c := ct.counts
	ct.counts = nil
	return c
}

// writes are the requests that change the collection's objects.
func writes(counts map[string]int) int {
	n := 0
	for k, v := range counts {
		if strings.HasPrefix(k, "POST /v1/batch") || strings.HasPrefix(k, "DELETE ") || strings.HasPrefix(k, "PUT ") || strings.HasPrefix(k, "PATCH ") {
			n += v
		}
	}
	return n
}

func newClient(tb testing.TB, srv *weaviatetest.Server, cfg Config) (*Client, *countingTransport) {
	tb.Helper()
	ct := &countingTransport{}
	cfg.URL = srv.URL
	if cfg.Collection == "" {
		// One collection per test, named after it.
		name := strings.Map(func(r rune) rune {
			if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' {
				return r
			}
			return -1
		}, tb.Name())
		cfg.Collection = "T" + name
	}
	cfg.HTTPClient = &http.Client{Transport: ct}
	c, err := New(cfg)
	if err != nil {
		tb.Fatal(err)
	}
	if err := c.DeleteCollection(context.Background()); err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { _ = c.DeleteCollection(context.Background()) })
	ct.reset()
	return c, ct
}

var emb = retrieval.NewHashEmbedder(retrieval.DefaultHashDim)

const salt = "hash-v1-384/chunker-v2/3-800-1"

// chunksOf cuts and embeds stories as storybot does.
func chunksOf(tb testing.TB, stories ...story.Story) []Chunk {
	tb.Helper()
	var out []Chunk
	for i := range stories {
		s := &stories[i]
		chs := story.Chunks(s, i, story.DefaultChunkOptions)
		vecs := make([][]float32, len(chs))
		for j, ch := range chs {
			vecs[j] = emb.Vector(s.Text[ch.Start:ch.End])
		}
		cs, err := FromStory(s, chs, vecs, salt)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, cs...)
	}
	return out
}

const (
	prisonStory = ` date 2023-07-26 STORY: Soldiers retook the Litoral prison in Guayaquil on Tuesday after two days of rioting. ` +
		`The attorney general raised the death toll from 18 to 31. Inmates had taken several guards hostage. ` +
		`Families waited outside the gates for news of relatives. The government declared a state of emergency in the prison system. ` +
		`Officials said gangs fight for control of the drug routes that pass through the port. ` +
		`President Lasso ordered the army to patrol the prisons for sixty days.`
	floodStory = ` date 2023-08-02 STORY: Monsoon floods swept through northern Bangladesh on Monday. ` +
		`Rivers burst their banks near Sylhet and villages were cut off. Rescue boats carried families to schools turned into shelters. ` +
		`The weather office warned of more heavy rain this week. Rice fields were under water across three districts. ` +
		`Aid groups asked for clean water and medicine.`
	floodEdited = ` date 2023-08-02 STORY: Monsoon floods swept through northern Bangladesh on Monday. ` +
		`Rivers burst their banks near Sylhet and villages were cut off. Rescue boats carried families to schools turned into shelters. ` +
		`A zebrafish hatchery on the river was destroyed, its owner said. Rice fields were under water across three districts. ` +
		`Aid groups asked for clean water and medicine.`
	electionStory = ` date 2023-04-03 STORY: Finland's conservatives won the parliamentary election on Sunday. ` +
		`Petteri Orpo's National Coalition Party took 48 seats. Prime Minister Sanna Marin conceded defeat in Helsinki. ` +
		`Coalition talks are expected to last several weeks. Turnout was just over 72 percent.`
)

// objectTimes maps every object's ID to its last update time.
func objectTimes(tb testing.TB, c *Client) map[string]int64 {
	tb.Helper()
	q := fmt.Sprintf(`{ Get { %s(limit: 10000) { _additional { id lastUpdateTimeUnix } } } }`, c.Collection())
	var data struct {
		Get map[string][]struct {
			Additional struct {
				ID      string `json:"id"`
				Updated string `json:"lastUpdateTimeUnix"`
			} `json:"_additional"`
		} `json:"Get"`
	}
	if err := c.graphql(context.Background(), q, &data); err != nil {
		tb.Fatal(err)
	}
	out := map[string]int64{}
	for _, o := range data.Get[c.Collection()] {
		var t int64
		fmt.Sscan(o.Additional.Updated, &t)
		out[o.Additional.ID] = t
	}
	return out
}

func idsOf(chunks []Chunk) []string {
	var ids []string
	for _, ch := range chunks {
		ids = append(ids, ObjectID(ch.Source, ch.StoryHash, ch.ID))
	}
	slices.Sort(ids)
	return ids
}

func TestSyncIncremental(t *testing.T) {
	srv := server(t)
	var progress [][2]int
	c, ct := newClient(t, srv, Config{BatchSize: 4, Progress: func(done, total int) { progress = append(progress, [2]int{done, total}) }})
	ctx := context.Background()

	prison := story.Parse("ecuador/prison.txt", prisonStory)
	flood := story.Parse("flood.txt", floodStory)
	election := story.Parse("election.txt", electionStory)
	pc, fc, ec := chunksOf(t, prison), chunksOf(t, flood), chunksOf(t, election)
	all := slices.Concat(pc, fc, ec)

	// First sync writes everything, in batches of 4, with progress.
	st, err := c.Sync(ctx, all)
	if err != nil {
		t.Fatal(err)
	}
	if st.Added != 3 || st.Written != len(all) || st.Deleted != 0 {
		t.Errorf("first sync: %+v, want 3 stories added and %d chunks written", st, len(all))
	}
	wantBatches := (len(all) + 3) / 4
	if got := ct.reset()["POST /v1/batch/objects"]; got != wantBatches {
		t.Errorf("first sync sent %d batches, want %d", got, wantBatches)
	}
	if len(progress) != wantBatches+1 || progress[len(progress)-1] != [2]int{len(all), len(all)} {
		t.Errorf("progress %v", progress)
	}
	if n, err := c.Count(ctx); err != nil || n != len(all) {
		t.Fatalf("Count = %d, %v; want %d", n, err, len(all))
	}
	before := objectTimes(t, c)
	ct.reset()

	// Second sync of the same corpus writes nothing.
	time.Sleep(5 * time.Millisecond) // a rewrite would get a later update time
	st, err = c.Sync(ctx, all)
	if err != nil {
		t.Fatal(err)
	}
	if st.Unchanged != 3 || st.Written != 0 || st.Deleted != 0 || st.Requests != 0 {
		t.Errorf("second sync: %+v, want nothing written", st)
	}
	if counts := ct.reset(); writes(counts) != 0 {
		t.Errorf("second sync sent writes: %v", counts)
	}
	if after := objectTimes(t, c); !mapsEqual(before, after) {
		t.Errorf("second sync changed objects")
	}

	// A changed story replaces its own chunks, and only them.
	flood2 := story.Parse("flood.txt", floodEdited)
	fc2 := chunksOf(t, flood2)
	st, err = c.Sync(ctx, slices.Concat(pc, fc2, ec))
	if err != nil {
		t.Fatal(err)
	}
	if st.Changed != 1 || st.Unchanged != 2 || st.Written != len(fc2) || st.Deleted != len(fc) {
		t.Errorf("edit sync: %+v, want 1 changed, %d written, %d deleted", st, len(fc2), len(fc))
	}
	after := objectTimes(t, c)
	for _, id := range idsOf(slices.Concat(pc, ec)) {
		if after[id] == 0 || after[id] != before[id] {
			t.Errorf("unchanged story's object %s: updated %d, was %d", id, after[id], before[id])
		}
	}
	for _, id := range idsOf(fc) {
		if _, ok := after[id]; ok {
			t.Errorf("old flood chunk %s still stored", id)
		}
	}
	wantIDs := idsOf(slices.Concat(pc, fc2, ec))
	gotIDs := keys(after)
	if !slices.Equal(gotIDs, wantIDs) {
		t.Errorf("after edit: %d objects, want %d", len(gotIDs), len(wantIDs))
	}

	// A removed story's chunks go.
	st, err = c.Sync(ctx, slices.Concat(pc, fc2))
	if err != nil {
		t.Fatal(err)
	}
	if st.Removed != 1 || st.Deleted != len(ec) || st.Written != 0 {
		t.Errorf("removal sync: %+v, want 1 removed, %d deleted", st, len(ec))
	}
	stats, err := c.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Stories != 2 || stats.Chunks != len(pc)+len(fc2) {
		t.Errorf("Stats = %+v, want 2 stories, %d chunks", stats, len(pc)+len(fc2))
	}
	hits, err := c.Search(ctx, "Finland election Orpo", emb.Vector("Finland election Orpo"), 5)
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range hits {
		if h.Source == "election.txt" {
			t.Errorf("removed story still found: %s", h.ID)
		}
	}

	// Syncing the same again is still a no-op.
	ct.reset()
	if st, err = c.Sync(ctx, slices.Concat(fc2, pc)); err != nil || st.Written+st.Deleted != 0 {
		t.Errorf("final sync: %+v, %v", st, err)
	}
	if counts := ct.reset(); writes(counts) != 0 {
		t.Errorf("final sync sent writes: %v", counts)
	}
}

// A chunking change under the same story hash (the caller forgot to salt
// the hash) still converges: missing chunks written, extra ones deleted.
func TestSyncSameHashDifferentChunks(t *testing.T) {
	srv := server(t)
	c, _ := newClient(t, srv, Config{})
	ctx := context.Background()
	s := story.Parse("prison.txt", prisonStory)
	chs := chunksOf(t, s)
	if _, err := c.Sync(ctx, chs); err != nil {
		t.Fatal(err)
	}
	fewer := chs[:len(chs)-1]
	st, err := c.Sync(ctx, fewer)
	if err != nil {
		t.Fatal(err)
	}
	if st.Changed != 1 || st.Deleted != 1 || st.Written != 0 {
		t.Errorf("sync: %+v, want 1 chunk deleted", st)
	}
	if n, _ := c.Count(ctx); n != len(fewer) {
		t.Errorf("Count = %d, want %d", n, len(fewer))
	}
}

func TestSearch(t *testing.T) {
	srv := server(t)
	c, _ := newClient(t, srv, Config{})
	ctx := context.Background()
	stories := []story.Story{
		story.Parse("ecuador/prison.txt", prisonStory),
		story.Parse("flood.txt", floodEdited),
		story.Parse("election.txt", electionStory),
	}
	all := chunksOf(t, stories...)
	if _, err := c.Sync(ctx, all); err != nil {
		t.Fatal(err)
	}

	t.Run("keyword", func(t *testing.T) {
		hits, err := c.Search(ctx, "zebrafish hatchery", nil, 3)
		if err != nil {
			t.Fatal(err)
		}
		if len(hits) == 0 || hits[0].Source != "flood.txt" || !strings.Contains(hits[0].Text, "zebrafish hatchery") {
			t.Fatalf("hits %v, want the zebrafish chunk first", summarize(hits))
		}
		h := hits[0]
		if h.Keyword.Rank != 1 || h.Vector.Rank != 0 {
			t.Errorf("ranks keyword %d vector %d, want 1 and 0", h.Keyword.Rank, h.Vector.Rank)
		}
		if stories[1].Text[h.Start:h.End] != h.Text || h.Title == "" || h.Date != "2023-08-02" {
			t.Errorf("hit fields wrong: %+v", h.Chunk)
		}
		if err := h.Verify(&stories[1], salt); err != nil {
			t.Errorf("Verify against its own story: %v", err)
		}
		older := story.Parse("flood.txt", floodStory)
		if err := h.Verify(&older, salt); err == nil {
			t.Error("Verify accepted another version of the story")
		}
		if err := h.Verify(&stories[1], "another embedder"); err == nil {
			t.Error("Verify accepted another salt")
		}
		if err := h.Verify(nil); err == nil {
			t.Error("Verify accepted a missing story")
		}
	})

	t.Run("vector", func(t *testing.T) {
		want := all[2] // a chunk of the prison story
		hits, err := c.Search(ctx, "", want.Vector, 3)
		if err != nil {
			t.Fatal(err)
		}
		if len(hits) == 0 || hits[0].ID != want.ID {
			t.Fatalf("hits %v, want %s first", summarize(hits), want.ID)
		}
		h := hits[0]
		if h.Vector.Rank != 1 || h.Keyword.Rank != 0 {
			t.Errorf("ranks vector %d keyword %d, want 1 and 0", h.Vector.Rank, h.Keyword.Rank)
		}
		if !h.Vector.HasScore || math.Abs(h.Vector.Score-1) > 1e-3 {
			t.Errorf("vector score %+v, want a cosine similarity of 1", h.Vector)
		}
	})

	t.Run("hybrid", func(t *testing.T) {
		q := "How many people died in the prison riot?"
		hits, err := c.Search(ctx, q, emb.Vector(q), 5)
		if err != nil {
			t.Fatal(err)
		}
		if len(hits) == 0 || hits[0].Source != "ecuador/prison.txt" {
			t.Fatalf("hits %v, want the prison story first", summarize(hits))
		}
		for i, h := range hits {
			if h.Keyword.Rank == 0 && h.Vector.Rank == 0 {
				t.Errorf("hit %d (%s): neither side's rank parsed from %q", i, h.ID, h.Explain)
			}
			if sum := h.Keyword.Contribution + h.Vector.Contribution; math.Abs(sum-h.Score) > 1e-6 {
				t.Errorf("hit %d: score %g, contributions sum to %g", i, h.Score, sum)
			}
			if i > 0 && h.Score > hits[i-1].Score {
				t.Errorf("hit %d scores above hit %d", i, i-1)
			}
			if h.Vector.Rank > 0 && (!h.Vector.HasScore || h.Vector.Score <= 0 || h.Vector.Score > 1.0001) {
				t.Errorf("hit %d: vector side %+v, want a cosine similarity", i, h.Vector)
			}
		}
		// The first hit is the one both sides rank high.
		if hits[0].Keyword.Rank == 0 || hits[0].Vector.Rank == 0 {
			t.Errorf("first hit brought by one side only: %+v", hits[0])
		}

		// The ranks recovered from explainScore are each side's own ranks,
		// and the scores each side's own scores: check against a search by
		// keywords alone and one by the vector alone.
		kw, err := c.Search(ctx, q, nil, 100)
		if err != nil {
			t.Fatal(err)
		}
		vec, err := c.Search(ctx, "", emb.Vector(q), 100)
		if err != nil {
			t.Fatal(err)
		}
		for i, h := range hits {
			if r := h.Keyword.Rank; r > 0 {
				if r > len(kw) || kw[r-1].ID != h.ID {
					t.Errorf("hit %d (%s): keyword rank %d is not its rank by keywords alone", i, h.ID, r)
				} else if !h.Keyword.HasScore || math.Abs(h.Keyword.Score-kw[r-1].Keyword.Score) > 1e-6 || h.Keyword.Score <= 0 {
					t.Errorf("hit %d: keyword side %+v, by keywords alone %+v", i, h.Keyword, kw[r-1].Keyword)
				}
			}
			if r := h.Vector.Rank; r > 0 {
				if r > len(vec) || vec[r-1].ID != h.ID {
					t.Errorf("hit %d (%s): vector rank %d is not its rank by the vector alone", i, h.ID, r)
				} else if math.Abs(h.Vector.Score-vec[r-1].Vector.Score) > 1e-6 {
					t.Errorf("hit %d: vector side %+v, by the vector alone %+v", i, h.Vector, vec[r-1].Vector)
				}
			}
		}
	})

	t.Run("no side scores", func(t *testing.T) {
		c2, err := New(Config{URL: srv.URL, Collection: c.Collection(), NoSideScores: true})
		if err != nil {
			t.Fatal(err)
		}
		q := "Sylhet rescue boats"
		hits, err := c2.Search(ctx, q, emb.Vector(q), 3)
		if err != nil {
			t.Fatal(err)
		}
		if len(hits) == 0 || hits[0].Source != "flood.txt" {
			t.Fatalf("hits %v", summarize(hits))
		}
		if h := hits[0]; h.Keyword.HasScore || h.Vector.HasScore || h.Keyword.Rank == 0 || h.Vector.Rank == 0 {
			t.Errorf("hit %+v: want ranks without scores", h)
		}
	})

	t.Run("quotes and odd text", func(t *testing.T) {
		q := "what did \"Lasso\" order?\n\\ {}"
		hits, err := c.Search(ctx, q, emb.Vector(q), 2)
		if err != nil {
			t.Fatal(err)
		}
		if len(hits) == 0 || !strings.Contains(hits[0].Text, "Lasso") {
			t.Errorf("hits %v, want the Lasso chunk", summarize(hits))
		}
	})
}

func TestEnsureCollectionRejectsForeign(t *testing.T) {
	srv := server(t)
	c, _ := newClient(t, srv, Config{})
	ctx := context.Background()
	foreign := map[string]any{
		"class": c.Collection(), "vectorizer": "none",
		"properties": []map[string]any{{"name": "source", "dataType": []string{"int"}}},
	}
	if _, err := c.Count(ctx); !errors.Is(err, ErrNoCollection) {
		t.Errorf("Count before the collection exists: %v, want ErrNoCollection", err)
	}
	if _, err := c.Search(ctx, "riot", nil, 3); !errors.Is(err, ErrNoCollection) {
		t.Errorf("Search before the collection exists: %v, want ErrNoCollection", err)
	}
	if err := c.do(ctx, http.MethodPost, "/v1/schema", foreign, nil); err != nil {
		t.Fatal(err)
	}
	err := c.EnsureCollection(ctx)
	if err == nil || !strings.Contains(err.Error(), "not made by storybot") {
		t.Fatalf("EnsureCollection on a foreign collection: %v", err)
	}
	// Twice on its own collection is fine.
	if err := c.DeleteCollection(ctx); err != nil {
		t.Fatal(err)
	}
	for range 2 {
		if err := c.EnsureCollection(ctx); err != nil {
			t.Fatal(err)
		}
	}
	if err := c.Ready(ctx); err != nil {
		t.Errorf("Ready: %v", err)
	}
}

// Listing pages through the collection with the cursor.
func TestListPages(t *testing.T) {
	srv := server(t)
	c, _ := newClient(t, srv, Config{})
	ctx := context.Background()
	all := chunksOf(t, story.Parse("a.txt", prisonStory), story.Parse("b.txt", floodStory), story.Parse("c.txt", electionStory))
	if _, err := c.Sync(ctx, all); err != nil {
		t.Fatal(err)
	}
	c.listPage = 3
	objs, err := c.list(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, o := range objs {
		got = append(got, o.ID)
	}
	if !slices.Equal(got, idsOf(all)) {
		t.Errorf("listed %d objects in pages of 3, want %d", len(got), len(all))
	}
}

func summarize(hits []Hit) []string {
	var out []string
	for _, h := range hits {
		out = append(out, fmt.Sprintf("%s (kw %d, vec %d)", h.ID, h.Keyword.Rank, h.Vector.Rank))
	}
	return out
}

func mapsEqual(a, b map[string]int64) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

func keys(m map[string]int64) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// Weaviate deletes at most QUERY_MAXIMUM_RESULTS objects per filtered
// delete: a story with more chunks than that takes several requests, and
// listing takes several pages.
func TestDeleteBeyondQueryLimit(t *testing.T) {
	srv := weaviatetest.Start(t, weaviatetest.Options{Env: []string{"QUERY_MAXIMUM_RESULTS=10"}})
	c, ct := newClient(t, srv, Config{})
	c.listPage = 10
	ctx := context.Background()
	var sb strings.Builder
	for i := range 60 {
		fmt.Fprintf(&sb, "Sentence number %d of the long story says nothing much. ", i)
	}
	long := chunksOf(t, story.Parse("long.txt", sb.String()))
	short := chunksOf(t, story.Parse("short.txt", floodStory))
	if len(long) <= 20 {
		t.Fatalf("long story has %d chunks, want over 20", len(long))
	}
	if _, err := c.Sync(ctx, slices.Concat(long, short)); err != nil {
		t.Fatal(err)
	}
	ct.reset()
	st, err := c.Sync(ctx, short)
	if err != nil {
		t.Fatal(err)
	}
	if st.Removed != 1 || st.Deleted != len(long) {
		t.Errorf("sync: %+v, want %d chunks deleted", st, len(long))
	}
	if got, want := ct.reset()["DELETE /v1/batch/objects"], (len(long)+9)/10; got < want {
		t.Errorf("%d delete requests, want at least %d", got, want)
	}
	if s, err := c.Stats(ctx); err != nil || s.Chunks != len(short) || s.Stories != 1 {
		t.Errorf("Stats = %+v, %v; want %d chunks of 1 story", s, err, len(short))
	}
}
