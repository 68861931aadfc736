package extract

import (
	"testing"

	"github.com/storybot-dev/storybot/question"
)

// An older year answers a when-question (the sentence is typed) only when
// its own sentence says every known key term, names included: a name said
// only in the sentence before ("Pedro Menendez sailed to Florida. The
// French landed in Florida in 1562.") leaves the year another's, and the
// sentence is only lifted (untyped). A name the corpus doesn't know says
// nothing either way.
func TestOlderYearNeedsTheNameInItsOwnSentenceReview8(t *testing.T) {
	ix := edgeIndex(t, map[string]string{"florida.txt": "Pedro Menendez sailed to Florida with his fleet. The French landed in Florida in 1562. The colony grew slowly."})
	ps := passagesOf(t, ix, "Menendez landed in Florida")
	land := keyTerm{term: "land", weight: 1, known: true}
	florida := keyTerm{term: "florida", weight: 1, known: true, proper: true}
	for _, tt := range []struct {
		name  string
		keys  []keyTerm
		typed bool
	}{
		{"every key term in the sentence", []keyTerm{land, florida}, true},
		{"a name only in the sentence before", []keyTerm{land, florida, {term: "menendez", weight: 1, known: true, proper: true}}, false},
		{"a name the corpus doesn't know", []keyTerm{land, florida, {term: "ribault", weight: 1, proper: true}}, true},
	} {
		rq := &reading{keys: tt.keys, total: float64(len(tt.keys)), qt: question.Time, storyTerms: map[string]map[string]bool{}}
		c := candidateWith(t, rq.candidates(ix, ps), "The French landed in Florida in 1562.")
		if c.typed != tt.typed {
			t.Errorf("%s: typed = %v, want %v (covered %v, context %v)", tt.name, c.typed, tt.typed, c.covered, c.context)
		}
	}
}
