package bot

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/storybot-dev/storybot/internal/testindex"
	"github.com/storybot-dev/storybot/retrieval"
)

// A second reading that stands keeps at most k passages, and the answer's
// passages are the ones it cites from: each citation lies in the passage of
// its number.
func TestWholeStoryAnswerCitesItsPassages_review5(t *testing.T) {
	b := New(testindex.News(t), nil, DefaultOptions(), nil)
	q := "how many ppl died in the big prisin fight in guayaquil in july??"
	a := askOffline(t, b, q)
	if a.Abstained || len(a.Citations) == 0 {
		t.Fatalf("%q: got %q, want a cited answer", q, a.Text)
	}
	if k := DefaultOptions().K; len(a.Passages) > k {
		t.Errorf("%d passages kept, want at most k=%d", len(a.Passages), k)
	}
	for _, c := range a.Citations {
		found := false
		for _, p := range a.Passages {
			if p.N == c.N && p.Source == c.Source && p.Start <= c.Start && c.End <= p.End {
				found = true
			}
		}
		if !found {
			t.Errorf("citation [%d] %s %d-%d lies in no passage of the answer", c.N, c.Source, c.Start, c.End)
		}
	}
}

// An unsure second reading does not stand: an unsure answer keeps the
// passages of the search's pool, not chunks the whole story added.
func TestWholeStoryUnsureKeepsPool_review5(t *testing.T) {
	ix := testindex.News(t)
	b := New(ix, nil, DefaultOptions(), nil)
	for _, q := range []string{"what did the mayor eat", "who paid for the new prison", "how old is the prison director", "why did the earthquake happen"} {
		a := askOffline(t, b, q)
		if a.ReadAs != "" || a.Answerability == nil || a.Answerability.Score >= a.Answerability.Threshold {
			continue // read otherwise, or sure: not this test's case
		}
		res, err := ix.Search(context.Background(), q, RankPool)
		if err != nil {
			t.Fatal(err)
		}
		pool := map[string]bool{}
		for _, p := range passages(res.Hits) {
			pool[p.ChunkID] = true
		}
		for _, p := range a.Passages {
			if !pool[p.ChunkID] {
				t.Errorf("%q (unsure): passage %s is not in the search's pool", q, p.ChunkID)
			}
		}
	}
}

// wholeStory adds each chunk once: none the pool holds, none twice.
func TestWholeStoryEachChunkOnce_review5(t *testing.T) {
	ix := testindex.News(t)
	res, err := ix.Search(context.Background(), "how many died in the Guayaquil prison", RankPool)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, p := range wholeStory(ix, passages(res.Hits), "") {
		if seen[p.ChunkID] {
			t.Errorf("chunk %s read twice", p.ChunkID)
		}
		seen[p.ChunkID] = true
	}
}

// shortStory is 6,000 bytes, said as a number: a story of exactly 6,000
// bytes is read whole, one of 6,001 is not.
func TestWholeStoryAtSixThousandBytes_review5(t *testing.T) {
	for size, whole := range map[int]bool{6000: true, 6001: false} {
		ix := storyOfSize(t, size)
		res, err := ix.Search(context.Background(), "when did the council meet", RankPool)
		if err != nil {
			t.Fatal(err)
		}
		ranked := passages(res.Hits)
		if len(ranked) == 0 || len(ranked) >= len(ix.Chunks()) {
			t.Fatalf("want a pool smaller than the story's %d chunks, got %d", len(ix.Chunks()), len(ranked))
		}
		if got := len(wholeStory(ix, ranked, "")) > len(ranked); got != whole {
			t.Errorf("a story of %d bytes read whole: %v, want %v", size, got, whole)
		}
	}
}

// storyOfSize indexes one story whose text is exactly size bytes.
func storyOfSize(t *testing.T, size int) *retrieval.Index {
	t.Helper()
	var body strings.Builder
	for i := 0; body.Len() < size-200; i++ {
		fmt.Fprintf(&body, "Paragraph %d of the report says the council met on day %d to discuss the harbour.\n\n", i, i)
	}
	file := body.String()
	for try := 0; try < 5; try++ {
		ix := testindex.Of(t, fstest.MapFS{"001_council.txt": {Data: []byte(file)}})
		n := len(ix.Stories()[0].Text)
		if n == size {
			return ix
		}
		if d := size - n; d > 0 {
			file = strings.TrimRight(file, "\n") + " " + strings.Repeat("x", d-1) + "\n"
		} else {
			t.Fatalf("story text %d bytes, over %d", n, size)
		}
	}
	t.Fatalf("could not make a story of %d bytes", size)
	return nil
}
