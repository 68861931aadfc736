package extract

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/storybot-dev/storybot/cite"
	"github.com/storybot-dev/storybot/internal/testindex"
	"github.com/storybot-dev/storybot/question"
	"github.com/storybot-dev/storybot/retrieval"
)

// pickCorpus: two stories whose titles and texts share words unevenly.
func pickCorpus(t *testing.T) *retrieval.Index {
	return testindex.Of(t, fstest.MapFS{
		"a.md": {Data: []byte("# Storm floods the coast\n\nGangs looted shops near the prison after the storm flooded the coast. Rescue teams reached the town on Monday. The river rose for three days before it burst its banks.\n")},
		"b.md": {Data: []byte("# Riot at the prison\n\nInmates rioted in the main cellblock on Sunday night. Soldiers retook the building after six hours of fighting. Officials said that order was restored by dawn.\n")},
	})
}

// A story is picked by its number in the list, the last one included.
func TestPickStoryByNumber(t *testing.T) {
	ix := pickCorpus(t)
	for about, want := range map[string]string{"1": "a.md", "#2": "b.md"} {
		if st := PickStory(ix, about); st == nil || st.Source != want {
			t.Errorf("PickStory(%q) = %v, want %s", about, st, want)
		}
	}
	if st := PickStory(ix, "3"); st != nil {
		t.Errorf("PickStory(3) = %s, want none", st.Source)
	}
}

// Half the words in a title is enough to pick a story by its title, before
// its text is searched.
func TestPickStoryHalfTitleMatch(t *testing.T) {
	ix := pickCorpus(t)
	if st := PickStory(ix, "prison gangs"); st == nil || st.Source != "b.md" {
		t.Errorf("PickStory(prison gangs) = %v, want b.md (by its title)", st)
	}
}

// "Summarize the X Y" is the summary of a story only when its title has
// every topic word.
func TestSummaryOfStoryNeedsEveryTopicWord(t *testing.T) {
	ix := pickCorpus(t)
	if st := summaryOfStory(ix, "summarize the prison election"); st != nil {
		t.Errorf("summaryOfStory(prison election) = %s, want none: no title has election", st.Source)
	}
	if st := summaryOfStory(ix, "summarize the prison riot"); st == nil || st.Source != "b.md" {
		t.Errorf("summaryOfStory(prison riot) = %v, want b.md", st)
	}
}

// With several stories, a bare "tldr" lists them rather than summarising
// the first.
func TestBareSummaryRequestListsStories(t *testing.T) {
	ix := pickCorpus(t)
	var rd question.Reader
	res, err := ix.Search(t.Context(), "tldr", 5)
	if err != nil {
		t.Fatal(err)
	}
	ans := &Answer{}
	for i, h := range res.Hits {
		ans.Passages = append(ans.Passages, cite.FromChunk(i+1, h.Story, h.Chunk))
	}
	(&Answerer{Threshold: DefaultThreshold, Floor: DefaultFloor}).Answer(ix, rd.Vocabulary(ix), "tldr", "", ans)
	if !strings.HasPrefix(ans.Text, "Which story?") {
		t.Errorf("tldr over two stories = %q, want the list of stories", ans.Text)
	}
}

// A story of ten sentences or more is summarised in four; a shorter one
// in three.
func TestSummaryLengthByStoryLength(t *testing.T) {
	var long, short strings.Builder
	long.WriteString("# Long story\n\n")
	short.WriteString("# Short story\n\n")
	for i, w := range strings.Fields("alpha bravo charlie delta echo foxtrot golf hotel india juliet") {
		s := "The team named " + w + " reported that the harbour work went on through the week. "
		long.WriteString(s)
		if i < 9 {
			short.WriteString(s)
		}
	}
	for _, c := range []struct {
		body string
		want int
	}{{long.String(), 4}, {short.String(), 3}} {
		ix := testindex.Of(t, fstest.MapFS{"s.md": {Data: []byte(c.body)}})
		st := PickStory(ix, "")
		if st == nil {
			t.Fatal("no story")
		}
		n := len(storySentences(ix, st))
		ans := &Answer{}
		SummarizeStory(ix, st, ans)
		if len(ans.Citations) != c.want {
			t.Errorf("a story of %d sentences: %d summary sentences, want %d", n, len(ans.Citations), c.want)
		}
	}
}

// A sentence of fewer than five words is never a summary's.
func TestSummarizableNeedsFiveWords(t *testing.T) {
	if summarizable("Police arrested four men.") {
		t.Error("a four-word sentence is summarizable")
	}
	if !summarizable("Police arrested four more men.") {
		t.Error("a five-word sentence is not summarizable")
	}
}
