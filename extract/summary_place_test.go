package extract

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/storybot-dev/storybot/internal/testindex"
)

// A place named late in a story does not push its way into the summary:
// only the first sentences are looked at for one.
func TestSummaryPlaceOnlyFromTheFirstSentences(t *testing.T) {
	body := "# Rain\n\nHeavy rain fell across the region on Monday and rivers rose fast. " +
		"The heavy rain closed roads and the rivers rose over their banks. " +
		"Officials said the rain and the rising rivers forced families out of their homes. " +
		"The rain was expected to ease by Wednesday as the rivers fell. " +
		"Rescue teams said the rain and the rivers had stranded many families. " +
		"Later a single bus went from Quito to Guayaquil at noon.\n"
	ix := testindex.Of(t, fstest.MapFS{"rain.md": {Data: []byte(body)}})
	st := PickStory(ix, "")
	if st == nil {
		t.Fatal("no story")
	}
	ans := &Answer{}
	SummarizeStory(ix, st, ans)
	if strings.Contains(ans.Text, "Quito") {
		t.Errorf("summary %q holds the late place sentence", ans.Text)
	}
}
