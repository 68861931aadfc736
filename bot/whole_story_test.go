package bot

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/storybot-dev/storybot/internal/testindex"
)

// Unsure of the pool's best sentence, the answerer reads the first
// passage's story whole when it is short: the question names the seed
// story by words of its first paragraphs and asks about the death toll,
// which the search ranks past the pool among the news set's other prison
// stories. A long story is never read whole.
func TestWholeShortStory(t *testing.T) {
	ix := testindex.News(t)
	b := New(ix, nil, DefaultOptions(), nil)
	q := "how many ppl died in the big prisin fight in guayaquil in july??"
	ans, err := b.Ask(context.Background(), Question{Text: q})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Abstained || !strings.Contains(ans.Text, "31") {
		t.Fatalf("%q: got %q, want the death toll of 31", q, ans.Text)
	}
	for _, c := range ans.Citations {
		if !strings.HasPrefix(c.Source, "000_") {
			t.Errorf("cites %s, want the seed story", c.Source)
		}
	}
	// The pool alone does not hold the answer: the search ranks the
	// death-toll passage past it.
	res, err := ix.Search(context.Background(), q, RankPool)
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range res.Hits {
		if strings.Contains(h.Story.Text[h.Chunk.Start:h.Chunk.End], "from 18 to 31") {
			t.Skip("the search now finds the death toll itself; this test no longer exercises the whole-story reading")
		}
	}
}

func TestWholeStoryOnlyShort(t *testing.T) {
	ix := testindex.News(t)
	res, err := ix.Search(context.Background(), "how many died in the Guayaquil prison", RankPool)
	if err != nil {
		t.Fatal(err)
	}
	ranked := passages(res.Hits)
	whole := wholeStory(ix, ranked, "")
	if len(whole) <= len(ranked) {
		t.Fatalf("the seed story (2,100 bytes) was not read whole: %d passages", len(whole))
	}
	for i, p := range whole {
		if p.N != i+1 {
			t.Errorf("passage %d numbered %d", i+1, p.N)
		}
		if i >= len(ranked) && p.Source != ranked[0].Source {
			t.Errorf("added passage %d is from %s, not the first passage's story", p.N, p.Source)
		}
	}
	// A story past shortStory is left as ranked.
	var long strings.Builder
	for i := 0; long.Len() <= shortStory; i++ {
		fmt.Fprintf(&long, "Paragraph %d of the long report says the council met on day %d to discuss the harbour.\n\n", i, i)
	}
	lix := testindex.Of(t, fstest.MapFS{"001_long.txt": {Data: []byte(long.String())}})
	lres, err := lix.Search(context.Background(), "when did the council meet", RankPool)
	if err != nil {
		t.Fatal(err)
	}
	lranked := passages(lres.Hits)
	if len(lranked) == 0 || len(lranked) >= len(lix.Chunks()) {
		t.Fatalf("want a pool smaller than the story's %d chunks, got %d", len(lix.Chunks()), len(lranked))
	}
	if got := wholeStory(lix, lranked, ""); len(got) != len(lranked) {
		t.Errorf("a story of %d bytes was read whole: %d passages, want %d", long.Len(), len(got), len(lranked))
	}
}

// BenchmarkAskNews asks the news set (29 stories) questions of which
// several are unsure at first, so that the whole-story second reading runs:
// its cost is the difference with shortStory at 0.
func BenchmarkAskNews(b *testing.B) {
	bt := New(testindex.News(b), nil, DefaultOptions(), nil)
	qs := []string{
		"how many ppl died in the big prisin fight in guayaquil in july??",
		"who won the presidential election",
		"how many inmates can the new prison in El Salvador hold",
		"How many people died in the Quito prison riot?",
		"what did the police find inside the guayaquil prison",
	}
	bt.Ask(context.Background(), Question{Text: qs[0]}) // the vocabulary is built once per index
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if _, err := bt.Ask(context.Background(), Question{Text: qs[i%len(qs)]}); err != nil {
			b.Fatal(err)
		}
	}
}
