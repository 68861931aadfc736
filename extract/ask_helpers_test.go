package extract

import (
	"testing"

	"github.com/storybot-dev/storybot/question"
	"github.com/storybot-dev/storybot/retrieval"
)

// askText answers q offline over ix, with the default operating point,
// and returns the answer's text.
func askText(t *testing.T, ix *retrieval.Index, q string) string {
	t.Helper()
	var rd question.Reader
	a := &Answer{Passages: passagesOf(t, ix, q)}
	(&Answerer{Threshold: DefaultThreshold, Floor: DefaultFloor}).Answer(ix, rd.Vocabulary(ix), q, "", a)
	return a.Text
}

// askOf answers q offline over a corpus of the given stories (file name
// to text), with the default operating point.
func askOf(t *testing.T, stories map[string]string, q string) *Answer {
	t.Helper()
	ix := edgeIndex(t, stories)
	var rd question.Reader
	a := &Answer{Passages: passagesOf(t, ix, q)}
	(&Answerer{Threshold: DefaultThreshold, Floor: DefaultFloor}).Answer(ix, rd.Vocabulary(ix), q, "", a)
	return a
}

// keyTermsOf is the key terms a question is read with over ix, in order.
func keyTermsOf(ix Index, q string) []string {
	var rd question.Reader
	var out []string
	for _, k := range readQuestion(ix, rd.Vocabulary(ix), q, "").keys {
		out = append(out, k.term)
	}
	return out
}
