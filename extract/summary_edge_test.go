package extract

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/storybot-dev/storybot/internal/testindex"
	"github.com/storybot-dev/storybot/question"
)

// Two stories holding as many of the words asked: the first is picked.
func TestPickStoryTieGoesToTheFirst(t *testing.T) {
	ix := pickCorpus(t)
	// a.md says Monday, b.md Sunday; neither title has either.
	if st := PickStory(ix, "monday sunday"); st == nil || st.Source != "a.md" {
		t.Errorf("PickStory(monday sunday) = %v, want a.md, the first of a tie", st)
	}
}

// The sentence saying where it happened is looked for among the first
// placeWithin (4) sentences: the lead and the three after it.
func TestSummaryPlaceWithinTheFourthSentence(t *testing.T) {
	rain := []string{
		"Heavy rain fell across the region on Monday and rivers rose fast.",
		"The heavy rain closed roads and the rivers rose over their banks.",
		"Officials said the rain and the rising rivers forced families out of their homes.",
	}
	place := "Later a single bus went from Quito to Guayaquil at noon."
	for _, tt := range []struct {
		sents []string
		want  bool
	}{
		{append(append([]string{}, rain...), place, "Rescue teams said the rain had stranded many families."), true},
		{append(append([]string{}, rain...), "Rescue teams said the rain had stranded many families.", place), false},
	} {
		body := "# Rain\n\n" + strings.Join(tt.sents, " ") + "\n"
		ix := testindex.Of(t, fstest.MapFS{"rain.md": {Data: []byte(body)}})
		ans := &Answer{}
		SummarizeStory(ix, PickStory(ix, ""), ans)
		if got := strings.Contains(ans.Text, "Quito"); got != tt.want {
			t.Errorf("place sentence at %d: in summary = %v, want %v\n%s", strings.Index(strings.Join(tt.sents, "|"), place), got, tt.want, ans.Text)
		}
	}
}

// "who is the mayor of Manta" asks for a name, next to "mayor".
func TestReadQuestionRoleWantsAName(t *testing.T) {
	ix := testindex.Seed(t)
	var rd question.Reader
	rq := readQuestion(ix, rd.Vocabulary(ix), "who is the mayor of Manta", "")
	if rq.qt != question.Name || rq.role != "mayor" {
		t.Errorf("readQuestion: kind %v role %q, want name and mayor", rq.qt, rq.role)
	}
}

// A name the passage lacks is not the common word lacksKeyTerm looks for
// (name_missing weighs it).
func TestLacksKeyTermIgnoresNames(t *testing.T) {
	cands := candidatesOf("Guards fled.", map[string]float64{"guard": 1})
	keys := []keyTerm{{term: "guard", weight: 1, known: true}, {term: "quito", weight: 3, known: true, proper: true}}
	if lacksKeyTerm(keys, 4, cands[0]) {
		t.Error("lacksKeyTerm = true for a missing name, want false")
	}
}

// A sentence's first word is capitalised for being first: it names no
// place beyond the lead.
func TestNamesBeyondSkipsTheFirstWord(t *testing.T) {
	lead := map[string]bool{"quito": true}
	if namesBeyond("Officials met in Quito.", lead) {
		t.Error("namesBeyond = true: only the first word is capitalised beyond the lead")
	}
	if !namesBeyond("Officials met in Guayaquil.", lead) {
		t.Error("namesBeyond = false: Guayaquil is not in the lead")
	}
}
