package extract

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/cite"
	"github.com/storybot-dev/storybot/internal/testindex"
	"github.com/storybot-dev/storybot/question"
)

// A yes/no question whose best sentence covers between a quarter and half
// of it gets the closest passage, not a bare "the stories don't say".
func TestYesNoWithSomeEvidenceHedges(t *testing.T) {
	ix := testindex.Seed(t)
	var rd question.Reader
	voc := rd.Vocabulary(ix)
	for _, q := range []string{"was there a curfew in Guayaquil?", "did guards escape from the jail?"} {
		res, err := ix.Search(t.Context(), q, 5)
		if err != nil {
			t.Fatal(err)
		}
		ans := &Answer{}
		for i, h := range res.Hits {
			ans.Passages = append(ans.Passages, cite.FromChunk(i+1, h.Story, h.Chunk))
		}
		(&Answerer{Threshold: DefaultThreshold, Floor: DefaultFloor}).Answer(ix, voc, q, "", ans)
		if cov := ans.Answerability.Features["cov"]; cov < MinEvidence/2 || cov >= MinEvidence {
			t.Fatalf("%q: coverage %.2f, the case needs it in [%.2f, %.2f)", q, cov, MinEvidence/2, MinEvidence)
		}
		if !strings.HasPrefix(ans.Text, Hedge) && !strings.HasPrefix(ans.Text, HedgeNo) {
			t.Errorf("%q = %q, want the closest passage", q, ans.Text)
		}
	}
}
