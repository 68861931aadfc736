package extract

import (
	"testing"

	"github.com/storybot-dev/storybot/question"
)

// Numbers in a headline before the question ("31 dead?? ppl saying 50 —
// what's the real toll") are what the asker heard, not conditions; numbers
// in the question itself ("what happened in 1736?") are conditions.
func TestQuestionPart(t *testing.T) {
	for q, want := range map[string]string{
		"31 dead?? ppl saying 50 — what's the real toll":           "— what's the real toll",
		"Quito riot: 12 dead — what did the AG first say, like 5?": "— what did the AG first say, like 5?",
		"Peru AG charges 3 ex-ministers: how long could they get?": ": how long could they get?",
		"In 1066 who won the battle?":                              "In 1066 who won the battle?",
		"what happened in 1736?":                                   "what happened in 1736?",
		"the 55 mph limit, when was it scrapped":                   "the 55 mph limit, when was it scrapped",
		"no question word here: 31 dead":                           "no question word here: 31 dead",
	} {
		if got := questionPart(q); got != want {
			t.Errorf("questionPart(%q) = %q, want %q", q, got, want)
		}
	}
}

// The answerability features read only the question part's numbers: "50"
// heard before the dash is no number the passage must hold.
func TestNumMissingReadsTheQuestionPart(t *testing.T) {
	ix := edgeIndex(t, map[string]string{"toll.txt": "The attorney general raised the death toll from the riot to 31 on Tuesday."})
	var rd question.Reader
	voc := rd.Vocabulary(ix)
	for q, want := range map[string]float64{
		"ppl saying 50 — how many died in the riot":  0,
		"how many died in the riot in 50 cellblocks": 1,
	} {
		a := &Answer{Passages: passagesOf(t, ix, q)}
		(&Answerer{Threshold: DefaultThreshold, Floor: DefaultFloor}).Answer(ix, voc, q, "", a)
		if a.Answerability == nil || a.Answerability.Features["num_missing"] != want {
			t.Errorf("%q: num_missing = %v, want %v", q, a.Answerability, want)
		}
	}
}
