package extract

import (
	"strings"
	"testing"
)

// A summary asked of a topic no story uses ("summary banana", "summarize
// the banana story") says no story matches and lists the stories, as the
// summary command does; a summary of a topic the story holds is given.
func TestSummaryOfNothing(t *testing.T) {
	ix := edgeIndex(t, map[string]string{"a.txt": "Soldiers retook a rioting prison in Guayaquil.\n\nThe death toll rose to 31.\n\nMore."})
	for q, want := range map[string]string{
		"summary banana":             `No story matches "banana". The stories are:`,
		"summarize the banana story": `No story matches "banana". The stories are:`,
		"summary of the riot":        "Soldiers retook a rioting prison",
		"tldr":                       "Soldiers retook a rioting prison",
	} {
		if got := askText(t, ix, q); !strings.HasPrefix(got, want) {
			t.Errorf("%q: %q, want it to open with %q", q, got, want)
		}
	}
	for _, q := range []string{"who retook the prison", "who won the super bowl"} {
		if _, ok := summaryOfNothing(ix, q); ok {
			t.Errorf("%q, which asks no summary, read as one", q)
		}
	}
}
