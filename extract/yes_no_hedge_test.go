package extract

import (
	"os"
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
	for _, q := range []string{"was there a curfew in Guayaquil?", "did the inmates escape from the jail?"} {
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

// A yes/no question is settled only by a passage that holds every known
// word of it, however light: one the passage lacks leaves it open.
func TestLacksOwnWord(t *testing.T) {
	cands := candidatesOf("Inmates freed 22 guards they had held hostage.", map[string]float64{"guard": 1})
	keys := []keyTerm{{term: "guard", weight: 3, known: true}, {term: "die", weight: 0.5, known: true}}
	if !lacksOwnWord(keys, cands[0]) {
		t.Errorf("lacksOwnWord = false, want true: nothing says anyone died")
	}
	cands[0].context["die"] = 0.5 // the passage says it
	if lacksOwnWord(keys, cands[0]) {
		t.Errorf("lacksOwnWord = true, want false: the passage holds die")
	}
	keys[1].known = false // a word the stories never use is missing too
	cands[0].context["die"] = 0
	if !lacksOwnWord(keys, cands[0]) {
		t.Errorf("lacksOwnWord = false for a word no story uses, want true")
	}
	keys[1].proper = true // a name is lacksOwnName's
	if lacksOwnWord(keys, cands[0]) {
		t.Errorf("lacksOwnWord = true for a name, want false")
	}
}

// "did any guards escape from the jail in Esmeraldas?" is not "Yes" on the
// seed's sentence of the guards held hostage there: no story says
// "escape"; "were any guards held hostage in Esmeraldas?" is.
func TestYesNoUnknownDeedIsNoYes(t *testing.T) {
	seed, err := os.ReadFile("../testdata/news/000_ed2ba48890825abd.txt")
	if err != nil {
		t.Fatal(err)
	}
	stories := map[string]string{"000.txt": string(seed)}
	if a := askOf(t, stories, "did any guards escape from the jail in Esmeraldas?"); strings.HasPrefix(a.Text, "Yes") {
		t.Errorf("escape: %q, want no Yes", a.Text)
	}
	if a := askOf(t, stories, "were any guards held hostage in Esmeraldas?"); !strings.HasPrefix(a.Text, "Yes") {
		t.Errorf("held hostage: %q, want Yes", a.Text)
	}
}
