// Package retrievaltest is the conformance suite of storybot's searchers:
// what every way of finding passages (the in-process retrieval.Index, a
// retrieval.RemoteSearcher over the Weaviate collection) must do for the
// bot, checked the same way for each. A searcher's own tests call Run.
package retrievaltest

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/storybot-dev/storybot/retrieval"
	"github.com/storybot-dev/storybot/story"
	"github.com/storybot-dev/storybot/text"
)

// Searcher is what the suite checks: what the bot uses of an index.
type Searcher interface {
	Search(ctx context.Context, query string, k int) (retrieval.Results, error)
	Stories() []story.Story
	Chunks() []story.Chunk
	DocFreq(term string) int
	IDF(term string) float64
}

var (
	_ Searcher = (*retrieval.Index)(nil)
	_ Searcher = (*retrieval.RemoteSearcher)(nil)
)

// Stories is the suite's corpus: six short newswire stories, each on its
// own subject in its own words, sorted by source as story.Load returns
// them. Run gives these to the searcher it checks.
func Stories() []story.Story {
	out := make([]story.Story, len(corpus))
	for i, c := range corpus {
		out[i] = story.Parse(c.source, c.text)
	}
	return out
}

var corpus = []struct{ source, text string }{
	{"bees.txt", " date 2024-03-11 STORY: Beekeepers in Tasmania counted their hives after a cold snap on Monday. " +
		"About 1,200 colonies were lost across the island, the beekeeping association said. " +
		"Honey prices at the Hobart market rose by a fifth within a week. " +
		"Growers of cherries worry that fewer bees will pollinate the orchards in spring. " +
		"The state government offered grants to replace queens and hive boxes. " +
		"Researchers at the university will study why the colonies starved."},
	{"bridge.txt", " date 2024-04-02 STORY: The old suspension bridge over the Danube at Novi Sad reopened to cyclists on Tuesday. " +
		"Engineers replaced forty rusted cables during eighteen months of repairs. " +
		"Cars remain barred from the deck until load tests finish in June. " +
		"The mayor cut a ribbon painted in the city's colours. " +
		"Ferry operators said they expect fewer passengers now that the crossing is open again."},
	{"chess.txt", " date 2024-05-19 STORY: A fourteen-year-old from Chennai won the national chess championship on Sunday. " +
		"She defeated the defending champion with the black pieces in the final round. " +
		"Her coach said she studies endgames for six hours a day. " +
		"The victory earns her a place at the Olympiad in Budapest. " +
		"Organisers said a record 412 players entered the open section."},
	{"flood.txt", " date 2023-08-02 STORY: Monsoon floods swept through northern Bangladesh on Monday. " +
		"Rivers burst their banks near Sylhet and villages were cut off. " +
		"Rescue boats carried families to schools turned into shelters. " +
		"The weather office warned of more heavy rain this week. " +
		"Rice fields were under water across three districts. " +
		"Aid groups asked for clean water and medicine."},
	{"prison.txt", " date 2023-07-26 STORY: Soldiers retook the Litoral prison in Guayaquil on Tuesday after two days of rioting. " +
		"The attorney general raised the death toll from 18 to 31. " +
		"Inmates had taken several guards hostage. " +
		"Families waited outside the gates for news of relatives. " +
		"The government declared a state of emergency in the prison system. " +
		"President Lasso ordered the army to patrol the prisons for sixty days."},
	{"volcano.txt", " date 2024-01-15 STORY: The Fagradalsfjall volcano in Iceland erupted again overnight. " +
		"Lava fountains reached eighty metres, the meteorological office said. " +
		"The fishing town of Grindavik was evacuated as a precaution. " +
		"Flights at Keflavik airport were not disrupted. " +
		"Geologists expect the fissure to keep erupting for several weeks."},
}

// probes are, per story, a sentence of it as a question: the story's
// chunk that holds the sentence must come first.
var probes = []struct{ source, sentence string }{
	{"bees.txt", "Honey prices at the Hobart market rose by a fifth within a week."},
	{"bridge.txt", "Engineers replaced forty rusted cables during eighteen months of repairs."},
	{"chess.txt", "Her coach said she studies endgames for six hours a day."},
	{"flood.txt", "Rescue boats carried families to schools turned into shelters."},
	{"prison.txt", "The attorney general raised the death toll from 18 to 31."},
	{"volcano.txt", "Lava fountains reached eighty metres, the meteorological office said."},
}

// unknown is a query in words no story holds.
const unknown = "qwzx vbnmk zzyzxq plorf"

// Run checks the searcher newSearcher makes of Stories(): called once, the
// searcher then serves every check (run as subtests of t).
func Run(t *testing.T, newSearcher func(t *testing.T, stories []story.Story) Searcher) {
	given := Stories()
	s := newSearcher(t, Stories())
	t.Run("StoriesAndChunks", func(t *testing.T) { testStoriesAndChunks(t, s, given) })
	t.Run("HitsAreStoryBytes", func(t *testing.T) { testHitsAreStoryBytes(t, s, given) })
	t.Run("BestFirst", func(t *testing.T) { testBestFirst(t, s, given) })
	t.Run("KRespected", func(t *testing.T) { testK(t, s, given) })
	t.Run("UnknownQuery", func(t *testing.T) { testUnknownQuery(t, s, given) })
	t.Run("CancelledContext", func(t *testing.T) { testCancelled(t, s) })
	t.Run("DocFreqAndIDF", func(t *testing.T) { testDocFreqIDF(t, s) })
	t.Run("Concurrent", func(t *testing.T) { testConcurrent(t, s, given) })
}

// testStoriesAndChunks: the stories are the given ones, byte for byte,
// sorted by source; every chunk lies inside its story, in story order,
// with a unique ID that names its span; every story has a chunk.
func testStoriesAndChunks(t *testing.T, s Searcher, given []story.Story) {
	got := s.Stories()
	if len(got) != len(given) {
		t.Fatalf("Stories() has %d stories, want the %d given", len(got), len(given))
	}
	for i := range got {
		if got[i].Source != given[i].Source || got[i].Text != given[i].Text {
			t.Errorf("Stories()[%d] = %s (%d bytes), want %s (%d bytes) as given", i, got[i].Source, len(got[i].Text), given[i].Source, len(given[i].Text))
		}
	}
	chunks := s.Chunks()
	if len(chunks) == 0 {
		t.Fatal("Chunks() is empty")
	}
	ids := make(map[string]bool, len(chunks))
	has := make([]bool, len(got))
	for i, c := range chunks {
		if c.Story < 0 || c.Story >= len(got) {
			t.Fatalf("chunk %d (%s) names story %d of %d", i, c.ID, c.Story, len(got))
		}
		if i > 0 && c.Story < chunks[i-1].Story {
			t.Errorf("chunk %d (%s) of story %d after a chunk of story %d: want story order", i, c.ID, c.Story, chunks[i-1].Story)
		}
		st := &got[c.Story]
		if c.Start < 0 || c.End > len(st.Text) || c.Start >= c.End {
			t.Errorf("chunk %s spans [%d, %d) of %s's %d bytes", c.ID, c.Start, c.End, st.Source, len(st.Text))
			continue
		}
		if want := fmt.Sprintf("%s#%d-%d", st.Source, c.Start, c.End); c.ID != want {
			t.Errorf("chunk %d has ID %q, want %q", i, c.ID, want)
		}
		if ids[c.ID] {
			t.Errorf("chunk ID %s given twice", c.ID)
		}
		ids[c.ID] = true
		has[c.Story] = true
	}
	for i, ok := range has {
		if !ok {
			t.Errorf("story %s has no chunk", got[i].Source)
		}
	}
}

// checkHits checks what every result must be: at most k hits, best first,
// no chunk twice, each a chunk of Chunks() whose text is the given story's
// bytes at its span, found by at least one side.
func checkHits(t *testing.T, s Searcher, given []story.Story, query string, k int, res retrieval.Results) {
	t.Helper()
	if len(res.Hits) > k {
		t.Errorf("%q, k=%d: %d hits", query, k, len(res.Hits))
	}
	byID := make(map[string]story.Chunk, len(s.Chunks()))
	for _, c := range s.Chunks() {
		byID[c.ID] = c
	}
	seen := make(map[string]bool, len(res.Hits))
	for i, h := range res.Hits {
		if h.Chunk == nil || h.Story == nil {
			t.Fatalf("%q: hit %d has no chunk or no story", query, i)
		}
		c, ok := byID[h.Chunk.ID]
		if !ok {
			t.Errorf("%q: hit %d, chunk %s, is not in Chunks()", query, i, h.Chunk.ID)
			continue
		}
		if c.Span != h.Chunk.Span || c.Story != h.Chunk.Story {
			t.Errorf("%q: hit %d is chunk %s at %v of story %d; Chunks() has it at %v of story %d", query, i, h.Chunk.ID, h.Chunk.Span, h.Chunk.Story, c.Span, c.Story)
		}
		if seen[h.Chunk.ID] {
			t.Errorf("%q: chunk %s returned twice", query, h.Chunk.ID)
		}
		seen[h.Chunk.ID] = true
		gi, ok := slices.BinarySearchFunc(given, h.Story.Source, func(s story.Story, src string) int { return cmp.Compare(s.Source, src) })
		if !ok {
			t.Errorf("%q: hit %s is from story %s, which was not given", query, h.Chunk.ID, h.Story.Source)
			continue
		}
		if st := s.Stories(); h.Chunk.Story >= len(st) || st[h.Chunk.Story].Source != h.Story.Source {
			t.Errorf("%q: hit %s names story %d, but its story is %s", query, h.Chunk.ID, h.Chunk.Story, h.Story.Source)
		}
		want := given[gi].Text
		if h.Chunk.Start < 0 || h.Chunk.End > len(want) || h.Chunk.Start >= h.Chunk.End {
			t.Errorf("%q: hit %s spans [%d, %d) of %d bytes", query, h.Chunk.ID, h.Chunk.Start, h.Chunk.End, len(want))
			continue
		}
		if got := h.Story.Text[h.Chunk.Start:h.Chunk.End]; got != want[h.Chunk.Start:h.Chunk.End] {
			t.Errorf("%q: hit %s cites %q, but the story's bytes there are %q", query, h.Chunk.ID, got, want[h.Chunk.Start:h.Chunk.End])
		}
		if h.VectorRank <= 0 && h.KeywordRank <= 0 {
			t.Errorf("%q: hit %s was found by neither side (ranks %d, %d)", query, h.Chunk.ID, h.VectorRank, h.KeywordRank)
		}
		if !(h.Score > 0) || math.IsInf(h.Score, 0) {
			t.Errorf("%q: hit %s has score %g", query, h.Chunk.ID, h.Score)
		}
		if i > 0 && h.Score > res.Hits[i-1].Score {
			t.Errorf("%q: hit %d (%s) scores %g, above hit %d's %g: want best first", query, i, h.Chunk.ID, h.Score, i-1, res.Hits[i-1].Score)
		}
	}
}

func search(t *testing.T, s Searcher, query string, k int) retrieval.Results {
	t.Helper()
	res, err := s.Search(context.Background(), query, k)
	if err != nil {
		t.Fatalf("Search(%q, %d): %v", query, k, err)
	}
	return res
}

// testHitsAreStoryBytes: for questions of every kind, every hit is a
// chunk of the corpus cited with the story's own bytes.
func testHitsAreStoryBytes(t *testing.T, s Searcher, given []story.Story) {
	queries := []string{"How many colonies were lost?", "bridge cables repairs", "Who won the chess championship?",
		"floods rain shelters", "death toll prison riot", "volcano lava eruption Iceland", "What happened on Tuesday?"}
	for _, q := range queries {
		res := search(t, s, q, 5)
		if len(res.Hits) == 0 {
			t.Errorf("%q: no hits", q)
		}
		checkHits(t, s, given, q, 5, res)
	}
}

// testBestFirst: a sentence of a story, asked as it is, finds first the
// chunk of that story that holds it.
func testBestFirst(t *testing.T, s Searcher, given []story.Story) {
	for _, p := range probes {
		res := search(t, s, p.sentence, 3)
		checkHits(t, s, given, p.sentence, 3, res)
		if len(res.Hits) == 0 {
			t.Errorf("%q: no hits", p.sentence)
			continue
		}
		h := res.Hits[0]
		if h.Story.Source != p.source || !strings.Contains(h.Story.Text[h.Chunk.Start:h.Chunk.End], p.sentence) {
			t.Errorf("%q: first hit %s, want the chunk of %s that holds the sentence", p.sentence, h.Chunk.ID, p.source)
		}
	}
}

// testK: Search returns k hits when the corpus has that many chunks (all
// of them when it has fewer), a smaller k only cuts the list, and a k
// below 1 is an error.
func testK(t *testing.T, s Searcher, given []story.Story) {
	const q = "How many people were evacuated by boat?"
	n := len(s.Chunks())
	var longest retrieval.Results
	for _, k := range []int{1, 2, 3, 5, n + 7} {
		res := search(t, s, q, k)
		checkHits(t, s, given, q, k, res)
		if want := min(k, n); res.VectorErr == nil && len(res.Hits) != want {
			t.Errorf("k=%d: %d hits, want %d (the corpus has %d chunks)", k, len(res.Hits), want, n)
		}
		if k == 5 {
			longest = res
		}
	}
	for k := 1; k < 5; k++ {
		res := search(t, s, q, k)
		for i := range min(k, len(res.Hits), len(longest.Hits)) {
			if res.Hits[i].Chunk.ID != longest.Hits[i].Chunk.ID {
				t.Errorf("k=%d: hit %d is %s, but with k=5 it is %s: k must only cut the list", k, i, res.Hits[i].Chunk.ID, longest.Hits[i].Chunk.ID)
			}
		}
	}
	for _, k := range []int{0, -1} {
		if res, err := s.Search(context.Background(), q, k); err == nil {
			t.Errorf("k=%d: %d hits and no error, want an error", k, len(res.Hits))
		}
	}
}

// testUnknownQuery: words no story holds, an empty query, punctuation
// alone and a stop word alone are no error; whatever comes back (the
// vector side may still find neighbours) is citable, and found by no
// keyword.
func testUnknownQuery(t *testing.T, s Searcher, given []story.Story) {
	for _, q := range []string{unknown, "", "  ", "?", "the"} {
		res := search(t, s, q, 5)
		checkHits(t, s, given, q, 5, res)
		for _, h := range res.Hits {
			if h.KeywordRank != 0 {
				t.Errorf("%q: hit %s has keyword rank %d, but no story holds the words", q, h.Chunk.ID, h.KeywordRank)
			}
		}
	}
}

// testCancelled: a search whose context has ended fails with the
// context's error and returns nothing.
func testCancelled(t *testing.T, s Searcher) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	res, err := s.Search(ctx, probes[0].sentence, 5)
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Search with a cancelled context: %v, want an error wrapping context.Canceled", err)
	}
	if len(res.Hits) != 0 {
		t.Errorf("Search with a cancelled context returned %d hits", len(res.Hits))
	}
}

// testDocFreqIDF: DocFreq counts the chunks whose terms hold the term
// (text.Terms, as the keyword side indexes them); IDF falls as
// DocFreq grows, and is highest for a term no chunk holds.
func testDocFreqIDF(t *testing.T, s Searcher) {
	chunks, stories := s.Chunks(), s.Stories()
	want := map[string]int{}
	for _, c := range chunks {
		terms := text.Terms(stories[c.Story].Text[c.Start:c.End])
		slices.Sort(terms)
		for _, term := range slices.Compact(terms) {
			want[term]++
		}
	}
	if len(want) == 0 {
		t.Fatal("the chunks hold no terms")
	}
	type tf struct {
		term string
		df   int
		idf  float64
	}
	var all []tf
	for term, n := range want {
		df, idf := s.DocFreq(term), s.IDF(term)
		if df != n {
			t.Errorf("DocFreq(%q) = %d, want %d", term, df, n)
		}
		if !(idf > 0) || math.IsInf(idf, 0) {
			t.Errorf("IDF(%q) = %g, want a positive number", term, idf)
		}
		all = append(all, tf{term, n, idf})
	}
	slices.SortFunc(all, func(a, b tf) int { return cmp.Or(cmp.Compare(a.df, b.df), cmp.Compare(a.term, b.term)) })
	for i := 1; i < len(all); i++ {
		a, b := all[i-1], all[i]
		if a.df < b.df && !(a.idf > b.idf) || a.df == b.df && a.idf != b.idf {
			t.Errorf("IDF(%q) = %g with DocFreq %d, IDF(%q) = %g with DocFreq %d: want IDF to fall as DocFreq grows", a.term, a.idf, a.df, b.term, b.idf, b.df)
		}
	}
	for _, term := range text.Terms(unknown) {
		if df := s.DocFreq(term); df != 0 {
			t.Errorf("DocFreq(%q) = %d for a term no story holds", term, df)
		}
		if idf := s.IDF(term); math.IsNaN(idf) || math.IsInf(idf, 0) || idf < all[0].idf {
			t.Errorf("IDF(%q) = %g for a term no story holds, want a finite value at least the rarest term's %g", term, idf, all[0].idf)
		}
	}
}

// testConcurrent: searches at the same time (run with -race) answer as
// they do one at a time.
func testConcurrent(t *testing.T, s Searcher, given []story.Story) {
	want := make([][]string, len(probes))
	for i, p := range probes {
		for _, h := range search(t, s, p.sentence, 4).Hits {
			want[i] = append(want[i], h.Chunk.ID)
		}
	}
	var wg sync.WaitGroup
	errs := make(chan string, 4*len(probes))
	for range 4 {
		for i, p := range probes {
			wg.Go(func() {
				res, err := s.Search(context.Background(), p.sentence, 4)
				if err != nil {
					errs <- fmt.Sprintf("%q: %v", p.sentence, err)
					return
				}
				var got []string
				for _, h := range res.Hits {
					got = append(got, h.Chunk.ID)
				}
				if !slices.Equal(got, want[i]) {
					errs <- fmt.Sprintf("%q: %v at the same time as other searches, %v alone", p.sentence, got, want[i])
				}
			})
		}
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
