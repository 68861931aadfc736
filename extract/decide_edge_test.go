package extract

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/question"
)

// decideStories are short stories the answerer decides on: each sentence
// below is what the stories do and don't say.
var decideStories = map[string]string{
	"tigre.txt":   "A court in Guayaquil sentenced the gang leader known as El Tigre on Monday. The gang got 34 years.\n\nOther news followed.",
	"walkout.txt": "Guards walked out of the prison in Guayaquil on Monday. The riot spread to three cellblocks.",
	"freed.txt":   "Guards in the Esmeraldas prison riot were freed on Monday after long talks.",
	"died.txt":    "Two inmates died in Quito when a fire broke out. Police said the death toll may rise.",
}

// The answerer's decision for each question: an answer (with its first
// words), the closest passage, or "the stories don't say so". Every
// question here is confident (its score is at or above the threshold), so
// what decides is the rule that follows the score.
func TestAnswerDecidesOnTheRulesAfterTheScore(t *testing.T) {
	ix := edgeIndex(t, decideStories)
	var rd question.Reader
	voc := rd.Vocabulary(ix)
	tests := []struct {
		q, want string
	}{
		// The best sentence names El Tigre but not the term; the next one,
		// in the same passage, has "34 years": together they answer.
		{"how long was the gang leader El Tigre sentenced in Guayaquil", "A court in Guayaquil sentenced the gang leader known as El Tigre on Monday. [1] The gang got 34 years. [2]"},
		// Nothing says why the guards walked out: the closest passage.
		{"why did guards walk out of the prison in Guayaquil on Monday", Hedge + " Guards walked out of the prison in Guayaquil on Monday. [1]"},
		// Nothing names who freed them: the closest passage.
		{"who freed the guards in the Esmeraldas prison riot", Hedge + " Guards in the Esmeraldas prison riot were freed on Monday after long talks. [1]"},
		// "killed", a third of the question, is nowhere in the passage. (Asked
		// as a fragment: "which guards" would ask for a person.)
		{"guards killed in the Esmeraldas prison riot?", Hedge + " Guards in the Esmeraldas prison riot were freed on Monday after long talks. [1]"},
		// The story says guards, not inmates, were freed: a yes/no is
		// settled only by a passage holding every word of it.
		{"were inmates freed in the Esmeraldas prison riot after long talks on Monday", HedgeNo + " Guards in the Esmeraldas prison riot were freed on Monday after long talks. [1]"},
		// It says so in every word.
		{"were guards freed in the Esmeraldas prison riot", "Yes: Guards in the Esmeraldas prison riot were freed on Monday after long talks. [1]"},
	}
	for _, tt := range tests {
		a := &Answer{Passages: passagesOf(t, ix, tt.q)}
		(&Answerer{Threshold: DefaultThreshold, Floor: DefaultFloor}).Answer(ix, voc, tt.q, "", a)
		if a.Answerability.Score < DefaultThreshold {
			t.Errorf("%q: score %.3f below the threshold: the case no longer tests the rules after it", tt.q, a.Answerability.Score)
		}
		if a.Text != tt.want {
			t.Errorf("%q =\n %q, want\n %q", tt.q, a.Text, tt.want)
		}
		if hedged := strings.HasPrefix(tt.want, Hedge) || strings.HasPrefix(tt.want, HedgeNo); a.Abstained != hedged {
			t.Errorf("%q: abstained = %v, want %v", tt.q, a.Abstained, hedged)
		}
	}
}

// A yes/no question whose score falls between the floor and the threshold
// is settled by a sentence that covers at least yesNoOwn (0.8) of it;
// one covering less (here, not "zorblaxians", a word the stories never
// use) gets the closest passage. Below the floor a yes/no question still
// gets what the stories say of its subject.
func TestYesNoBetweenFloorAndThresholdNeedsMostOfTheQuestion(t *testing.T) {
	st := map[string]string{
		"freed2.txt": "Guards in the Esmeraldas prison were freed on Tuesday.",
		"freed3.txt": "Guards were freed in Esmeraldas.",
	}
	for k, v := range decideStories {
		st[k] = v
	}
	ix := edgeIndex(t, st)
	var rd question.Reader
	voc := rd.Vocabulary(ix)
	between := &Answerer{Threshold: 0.99, Floor: 0.01}
	tests := []struct {
		q, want string
		minCov  float64
		maxCov  float64
	}{
		{"were guards freed in Esmeraldas", "Yes: Guards were freed in Esmeraldas. [1]", yesNoOwn, 1},
		{"were guards freed in the Esmeraldas prison riot by zorblaxians", Hedge + " Guards in the Esmeraldas prison riot were freed on Monday after long talks. [1]", MinEvidence, yesNoOwn},
		{"were guards freed in Esmeraldas by the zorblaxians on Tuesday", Hedge + " Guards in the Esmeraldas prison were freed on Tuesday. [1]", MinEvidence, yesNoOwn},
	}
	for _, tt := range tests {
		a := &Answer{Passages: passagesOf(t, ix, tt.q)}
		between.Answer(ix, voc, tt.q, "", a)
		if s := a.Answerability.Score; s >= between.Threshold || s < between.Floor {
			t.Fatalf("%q: score %.3f outside (floor, threshold)", tt.q, s)
		}
		if cov := a.Answerability.Features["cov"]; cov < tt.minCov || cov >= tt.maxCov && tt.maxCov < 1 {
			t.Errorf("%q: coverage %.2f, the case needs it in [%.2f, %.2f)", tt.q, cov, tt.minCov, tt.maxCov)
		}
		if a.Text != tt.want {
			t.Errorf("%q =\n %q, want\n %q", tt.q, a.Text, tt.want)
		}
	}
	// Below the floor: the closest passage, "the stories don't say so"
	// (they never say the Tigre freed anyone).
	high := &Answerer{Threshold: 0.99, Floor: 0.98}
	q := "were guards freed in Esmeraldas by the Tigre"
	a := &Answer{Passages: passagesOf(t, ix, q)}
	high.Answer(ix, voc, q, "", a)
	if a.Answerability.Score >= high.Floor {
		t.Fatalf("%q: score %.3f not below the floor", q, a.Answerability.Score)
	}
	if !strings.HasPrefix(a.Text, HedgeNo) || !a.Abstained {
		t.Errorf("%q = %q, want the closest passage after %q", q, a.Text, HedgeNo)
	}
}
