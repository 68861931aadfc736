package extract

import (
	"testing"

	"github.com/storybot-dev/storybot/question"
)

// A year before 1900 answers a when-question only when the sentence itself
// says every known word of the question: the year is then the event's, not
// another's of the same sentence. A question asking for a date or a clock
// time is not answered by a bare year.
func TestOlderYearAnswersWhenTheSentenceSaysTheEvent(t *testing.T) {
	ix := edgeIndex(t, map[string]string{
		"hastings.txt": "Duke William conquered England after the Battle of Hastings in 1066. His heirs ruled for a century.",
		"florida.txt":  "In 1565 the Spanish sent Pedro Menendez to Florida, where he founded a settlement. The settlement grew slowly.",
		"born.txt":     "Many farmers were born in the valley. The valley floods in spring.",
	})
	var rd question.Reader
	voc := rd.Vocabulary(ix)
	for _, tt := range []struct {
		q     string
		typed bool
	}{
		{"when was the battle of hastings", true},
		{"what year was the battle of Hastings lol", true},
		// "born" is a word the corpus knows, and the sentence with the year
		// doesn't say it: the year is of the sending, not the birth.
		{"in what year was Pedro Menendez born", false},
		{"what year did Pedro Menendez go to Florida", true}, // "go" is no key word: the sentence says all
		{"in what year did the Spanish send Pedro Menendez to Florida", true},
		// A date or a time of day is not a year.
		{"on what date was the battle of hastings", false},
		{"what time was the battle of hastings", false},
	} {
		a := &Answer{Passages: passagesOf(t, ix, tt.q)}
		(&Answerer{Threshold: DefaultThreshold, Floor: DefaultFloor}).Answer(ix, voc, tt.q, "", a)
		if a.Answerability == nil {
			t.Fatalf("%q: no answerability", tt.q)
		}
		if got := a.Answerability.Features["typed"] == 1; got != tt.typed {
			t.Errorf("%q: typed = %v, want %v (candidate %q, features %v)", tt.q, got, tt.typed, a.Answerability.Candidate, a.Answerability.Features)
		}
	}
}
