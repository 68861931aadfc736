package extract

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/cite"
	"github.com/storybot-dev/storybot/internal/testindex"
	"github.com/storybot-dev/storybot/question"
)

// A yes/no question putting a number to the story is answered "Yes:" only
// when the sentence gives that number; with another figure the sentence
// speaks for itself ("was the death toll 50": 31, never "Yes: ... 31").
func TestYesNoNumberNotGiven(t *testing.T) {
	ix := testindex.Seed(t)
	var rd question.Reader
	voc := rd.Vocabulary(ix)
	for _, c := range []struct {
		q, prefix, not string
	}{
		{"was the death toll 50?", "", "Yes:"},
		{"was the death toll 31?", "Yes:", ""},
		{"wasn't the death toll 31?", "Yes:", ""},
		{"was the death toll raised to 50?", "", "Yes:"},
		{"wasn't the death toll 18?", "", "Yes:"}, // the change's old figure
		{"was the death toll raised to 31?", "Yes:", ""},
	} {
		read := rd.Read(ix, c.q)
		res, err := ix.Search(t.Context(), read, 5)
		if err != nil {
			t.Fatal(err)
		}
		ans := &Answer{}
		for i, h := range res.Hits {
			ans.Passages = append(ans.Passages, cite.FromChunk(i+1, h.Story, h.Chunk))
		}
		(&Answerer{Threshold: DefaultThreshold, Floor: DefaultFloor}).Answer(ix, voc, read, "", ans)
		if !strings.Contains(ans.Text, "31") {
			t.Fatalf("%q = %q: the case needs the toll sentence", c.q, ans.Text)
		}
		if !strings.HasPrefix(ans.Text, c.prefix) || c.not != "" && strings.HasPrefix(ans.Text, c.not) {
			t.Errorf("%q = %q, want it to open with %q and not with %q", c.q, ans.Text, c.prefix, c.not)
		}
	}
}
