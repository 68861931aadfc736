package extract

import (
	"testing"

	"github.com/storybot-dev/storybot/question"
)

// "how many inmates died": a sentence with a count of inmates that says
// they died ("killed 17 inmates") scores deedBonus over its coverage; one
// that says nothing of dying ("hold 97,000 inmates") does not, nor does a
// question whose counted word is the deed itself.
func TestCountDeedBonus(t *testing.T) {
	st := "The prisons of Bucaramanga hold about 97,000 inmates. A fire killed 17 inmates there on Tuesday."
	ix := edgeIndex(t, map[string]string{"fire.txt": st})
	var rd question.Reader
	voc := rd.Vocabulary(ix)
	for _, tt := range []struct {
		q    string
		want map[string]float64 // sentence -> bonus over coverage and rank
	}{
		{"how many inmates died in Bucaramanga", map[string]float64{
			"The prisons of Bucaramanga hold about 97,000 inmates.": typeBonus,
			"A fire killed 17 inmates there on Tuesday.":            typeBonus + deedBonus,
		}},
		{"how many died in Bucaramanga", map[string]float64{
			"A fire killed 17 inmates there on Tuesday.": typeBonus,
		}},
	} {
		rq := readQuestion(ix, voc, tt.q, "")
		cands := rq.candidates(ix, passagesOf(t, ix, tt.q))
		for txt, bonus := range tt.want {
			c := candidateWith(t, cands, txt)
			if !c.typed {
				t.Errorf("%q: %q not typed", tt.q, txt)
			}
			if w := c.coverage + rankBonus/float64(c.rank+1) + bonus; !near(c.score, w) {
				t.Errorf("%q: %q score %v, want %v", tt.q, txt, c.score, w)
			}
		}
	}
}
