package extract

import (
	"testing"

	"github.com/storybot-dev/storybot/cite"
	"github.com/storybot-dev/storybot/internal/testindex"
	"github.com/storybot-dev/storybot/text"
)

// A month or year the story's date holds is said of every sentence of the
// story, as its title's words are: "how many died in july" of a story
// dated 2023-07-26 is met by its toll sentence, which never names the
// month. A month one off, or the date's day, is not.
func TestStoryDateCoversItsMonthAndYear(t *testing.T) {
	ix := testindex.Seed(t)
	txt := "The death toll rose to 31."
	p := cite.Passage{N: 1, Source: "s.txt", Date: "2023-07-26", Text: txt, Sentences: text.Sentences(txt, 0, len(txt))}
	for _, tt := range []struct {
		word string
		want float64
	}{
		{"july", titleShare},
		{"2023", titleShare},
		{"june", 0},
		{"2022", 0},
		{"26", 0},
	} {
		term := text.Terms(tt.word)[0]
		rq := &reading{keys: []keyTerm{{term: term, weight: 1, known: true}}, total: 1, storyTerms: map[string]map[string]bool{}}
		cands := rq.candidates(ix, []cite.Passage{p})
		if len(cands) != 1 {
			t.Fatalf("%d candidates, want 1", len(cands))
		}
		if got := cands[0].covered[term]; got != tt.want {
			t.Errorf("%q of a story dated %s: covered %.2f, want %.2f", tt.word, p.Date, got, tt.want)
		}
	}
}
