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

// The old side of a change is read out however it is written: "from nine
// to 31", "from about 18 to 40".
func TestFromSide(t *testing.T) {
	for in, want := range map[string]string{
		"raised the toll from nine to 31":     "raised the toll to 31",
		"rose from about 18 to 40":            "rose to 40",
		"raised the toll from 18 to 31":       "raised the toll to 31",
		"moved from Quito to Guayaquil later": "moved to Guayaquil later",
	} {
		if got := fromSideRE.ReplaceAllString(in, "to"); got != want {
			t.Errorf("fromSideRE on %q = %q, want %q", in, got, want)
		}
	}
}
