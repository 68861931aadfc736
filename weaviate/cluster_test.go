package weaviate

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/storybot-dev/storybot/story"
	"github.com/storybot-dev/storybot/weaviate/weaviatetest"
)

// clusterReplicas is the replication factor TestClusterReplicated gives its
// collection. Set to 1, the test fails: each node then holds a shard of
// its own, and with node 1 down node 2 cannot answer.
const clusterReplicas = 2

// A two-node cluster, the collection replicated on both (factor 2): the
// stories are written through node 1, and with node 1 stopped, node 2
// alone still answers every question with the right chunk.
func TestClusterReplicated(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a two-node Weaviate cluster")
	}
	start := time.Now()
	nodes := weaviatetest.StartCluster(t, 2, weaviatetest.Options{})
	t.Logf("2-node weaviate %s cluster ready in %s", weaviatetest.Version, time.Since(start).Round(time.Millisecond))
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()

	client := func(srv *weaviatetest.Server) *Client {
		c, err := New(Config{URL: srv.URL, Collection: "TCluster", Replicas: clusterReplicas, Timeout: 10 * time.Second})
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	c1, c2 := client(nodes[0]), client(nodes[1])

	stories := []story.Story{
		story.Parse("ecuador/prison.txt", prisonStory),
		story.Parse("flood.txt", floodStory),
		story.Parse("election.txt", electionStory),
	}
	chunks := chunksOf(t, stories...)
	st, err := c1.Sync(ctx, chunks)
	if err != nil {
		t.Fatal(err)
	}
	if st.Added != len(stories) || st.Written != len(chunks) {
		t.Fatalf("Sync = %+v, want %d stories and %d chunks written", st, len(stories), len(chunks))
	}

	// The collection was made as asked, and every node knows it.
	for _, c := range []*Client{c1, c2} {
		var class struct {
			ReplicationConfig struct {
				Factor int `json:"factor"`
			} `json:"replicationConfig"`
			ShardingConfig struct {
				DesiredCount int `json:"desiredCount"`
			} `json:"shardingConfig"`
		}
		if err := c.do(ctx, http.MethodGet, "/v1/schema/"+c.Collection(), nil, &class); err != nil {
			t.Fatal(err)
		}
		if class.ReplicationConfig.Factor != clusterReplicas {
			t.Fatalf("%s: replication factor %d, want %d", c.base, class.ReplicationConfig.Factor, clusterReplicas)
		}
		// One shard (Config.Shards' default), not Weaviate's one per node:
		// with two, a word's rarity is counted per shard and chunks are
		// placed in shards at random, and in about 1 collection in 25 the
		// state-of-emergency chunk outranked the death toll's on the
		// keyword side for the first question below (seen in CI, and
		// reproduced on one node with two shards).
		if class.ShardingConfig.DesiredCount != 1 {
			t.Fatalf("%s: %d shards, want 1", c.base, class.ShardingConfig.DesiredCount)
		}
	}

	// Each question's answer is in one sentence of one story, and the
	// chunk holding it leads both sides of the hybrid search by a clear
	// margin (a near tie on the keyword side, such as "the turnout in the
	// Finnish election" between "turnout" and "election", can flip between
	// runs and would make the test flaky).
	questions := []struct{ q, source, sentence string }{
		{"How many died in the Guayaquil prison riot?", "ecuador/prison.txt", "raised the death toll from 18 to 31"},
		{"Who ordered the army to patrol the prisons?", "ecuador/prison.txt", "President Lasso ordered the army"},
		{"Where did rivers burst their banks in Bangladesh?", "flood.txt", "Rivers burst their banks near Sylhet"},
		{"How many seats did the National Coalition Party win?", "election.txt", "took 48 seats"},
		{"What was the turnout?", "election.txt", "Turnout was just over 72 percent"},
	}
	byName := map[string]*story.Story{}
	for i := range stories {
		byName[stories[i].Source] = &stories[i]
	}
	ask := func(c *Client, when string) {
		t.Helper()
		for _, qa := range questions {
			hits, err := c.Search(ctx, qa.q, emb.Vector(qa.q), 3)
			if err != nil {
				t.Errorf("%s, %s: %q: %v", when, c.base, qa.q, err)
				continue
			}
			if len(hits) == 0 {
				t.Errorf("%s, %s: %q: no hits", when, c.base, qa.q)
				continue
			}
			h := hits[0]
			if h.Source != qa.source || !strings.Contains(h.Text, qa.sentence) {
				t.Errorf("%s, %s: %q: top hit %s %q, want the chunk of %s with %q; ranks: %s", when, c.base, qa.q, h.ID, h.Text, qa.source, qa.sentence, sideRanks(hits))
				continue
			}
			if err := h.Verify(byName[h.Source], salt); err != nil {
				t.Errorf("%s, %s: %q: %v", when, c.base, qa.q, err)
			}
		}
	}
	countIs := func(c *Client, when string) {
		t.Helper()
		stats, err := c.Stats(ctx)
		if err != nil {
			t.Errorf("%s, %s: Stats: %v", when, c.base, err)
		} else if stats.Chunks != len(chunks) || stats.Stories != len(stories) {
			t.Errorf("%s, %s: Stats = %+v, want %d chunks of %d stories", when, c.base, stats, len(chunks), len(stories))
		}
		if n, err := c.Count(ctx); err != nil || n != len(chunks) {
			t.Errorf("%s, %s: Count = %d, %v; want %d", when, c.base, n, err, len(chunks))
		}
	}
	// A replicated write is acknowledged before every replica has indexed
	// it: wait (up to settleTimeout) until each node counts every chunk
	// and ranks every question's chunk first, so that the questions below
	// test the ranking, not the replication's lag. (Two earlier failures
	// were taken for lag and this wait was added and widened for them; the
	// third, in CI, stayed wrong on both nodes for the whole 30 s: it was
	// the two shards' separate word counts, now one shard, checked above.)
	var pairs [][2]string
	for _, qa := range questions {
		pairs = append(pairs, [2]string{qa.q, qa.sentence})
	}
	for _, c := range []*Client{c1, c2} {
		settle(ctx, t, c, len(chunks), pairs)
	}
	ask(c1, "both nodes up")
	ask(c2, "both nodes up")
	countIs(c2, "both nodes up")
	if t.Failed() {
		t.FailNow()
	}

	// Node 1, the one written through and joined, goes down; node 2 answers
	// from its own copy.
	stopped := time.Now()
	if err := nodes[0].Stop(); err != nil {
		t.Fatal(err)
	}
	t.Logf("node1 stopped in %s", time.Since(stopped).Round(time.Millisecond))
	if err := c1.Ready(ctx); err == nil {
		t.Fatal("node1 still answers after Stop")
	}
	ask(c2, "node1 down")
	countIs(c2, "node1 down")
	// About 2 s later node2's Raft election times out: with one of two
	// voters it has no quorum, and from then on its readiness probe says
	// 503 (observed with v1.35.2), while searches go on being answered from
	// its copy. Asked once more after that, it still answers. (Readiness
	// itself is not asserted: which side of the timeout a single probe
	// falls on is a race.)
	for deadline := time.Now().Add(5 * time.Second); nodes[1].Ready(ctx) && time.Now().Before(deadline); {
		time.Sleep(100 * time.Millisecond)
	}
	ask(c2, "node1 down, no quorum")
	countIs(c2, "node1 down, no quorum")
}

// settleTimeout bounds how long settle waits for a replica to catch up.
const settleTimeout = 30 * time.Second

// settle polls c until it counts want chunks and ranks, for each
// question, the chunk holding its sentence first, or settleTimeout passes;
// the assertions after it then report what is still wrong. It asserts
// nothing itself.
func settle(ctx context.Context, t *testing.T, c *Client, want int, questions [][2]string) {
	t.Helper()
	deadline := time.Now().Add(settleTimeout)
	for tries := 1; ; tries++ {
		n, err := c.Count(ctx)
		if err == nil && n == want && rankFirst(ctx, c, questions) {
			if tries > 1 {
				t.Logf("%s settled after %d polls", c.base, tries)
			}
			return
		}
		if time.Now().After(deadline) {
			t.Logf("%s not settled after %s (count %d, %v)", c.base, settleTimeout, n, err)
			return
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// rankFirst reports each question (and the sentence of its chunk) ranked
// first by c.
func rankFirst(ctx context.Context, c *Client, questions [][2]string) bool {
	for _, qs := range questions {
		hits, err := c.Search(ctx, qs[0], emb.Vector(qs[0]), 3)
		if err != nil || len(hits) == 0 || !strings.Contains(hits[0].Text, qs[1]) {
			return false
		}
	}
	return true
}

// sideRanks says, for each hit, its place on each side of the hybrid
// search and that side's own score, so that a ranking failure shows which
// side moved.
func sideRanks(hits []Hit) string {
	var b strings.Builder
	for i, h := range hits {
		if i > 0 {
			b.WriteString("; ")
		}
		fmt.Fprintf(&b, "%s keyword #%d (%.3f) vector #%d (%.3f)", h.ID, h.Keyword.Rank, h.Keyword.Score, h.Vector.Rank, h.Vector.Score)
	}
	return b.String()
}
