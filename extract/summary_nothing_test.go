package extract

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/question"
)

// A summary asked of a topic no story uses ("summary banana", "summarize
// the banana story") says no story matches and lists the stories, as the
// summary command does; a summary of a topic the story holds is given.
func TestSummaryOfNothing(t *testing.T) {
	ix := edgeIndex(t, map[string]string{"a.txt": "Soldiers retook a rioting prison in Guayaquil.\n\nThe death toll rose to 31.\n\nMore."})
	var rd question.Reader
	voc := rd.Vocabulary(ix)
	for q, want := range map[string]string{
		"summary banana":             `No story matches "banana". The stories are:`,
		"summarize the banana story": `No story matches "banana". The stories are:`,
		"summary of the riot":        "Soldiers retook a rioting prison",
		"tldr":                       "Soldiers retook a rioting prison",
	} {
		a := &Answer{Passages: passagesOf(t, ix, q)}
		(&Answerer{Threshold: DefaultThreshold, Floor: DefaultFloor}).Answer(ix, voc, q, "", a)
		if !strings.HasPrefix(a.Text, want) {
			t.Errorf("%q: %q, want it to open with %q", q, a.Text, want)
		}
	}
	for _, q := range []string{"who retook the prison", "who won the super bowl"} {
		if _, ok := summaryOfNothing(ix, q); ok {
			t.Errorf("%q, which asks no summary, read as one", q)
		}
	}
}
