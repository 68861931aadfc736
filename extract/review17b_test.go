package extract

import (
	"testing"

	"github.com/storybot-dev/storybot/question"
)

// review17bKeys are the key terms keyTerms reads in q against an index of
// the given stories.
func review17bKeys(t *testing.T, stories map[string]string, q string) map[string]bool {
	t.Helper()
	ix := edgeIndex(t, stories)
	var rd question.Reader
	voc := rd.Vocabulary(ix)
	out := map[string]bool{}
	for _, k := range keyTerms(ix, voc, q) {
		out[k.term] = true
	}
	return out
}

// "back" after a verb is not always the verb's "re-": "arrested back in
// 2011", "built back in the 1950s", "start back in 2021" tell when
// ("back then"), and "move back", "turn back" (the protesters) are other
// verbs than "remove", "return". Where the stories use the
// "re-" word for something else, the question keeps its own verb.
func TestReview17bBackIsNotRe(t *testing.T) {
	for _, tt := range []struct {
		story, q   string
		want, not_ string
	}{
		// "back in 2011" is a time: he was arrested then, not re-arrested
		{"Police said the gang leader was rearrested in January, two weeks after he escaped from the Litoral.",
			"was the gang leader arrested back in 2011", "arrest", "rearrest"},
		// "elected back in 2021": his first election, not his reelection
		{"Noboa was reelected in April with 56% of the vote.",
			"was Lasso elected back in 2021", "elect", "reelect"},
		// "built back in the 1950s": when it was built, not rebuilt
		{"Honduras is still rebuilding after hurricanes Eta and Iota hit the country in November 2020.",
			"was the Litoral prison built back in the 1950s", "built", "rebuild"},
		// "start back in 2021": when the violence began, not a restart
		{"The company said the plant would restart gradually within ten days.",
			"did the prison violence start back in 2021", "start", "restart"},
		// "move back" is to return to a place, "remove" to take away
		{"Authorities removed 200 inmates from the Litoral and sent them to other prisons.",
			"did the inmates move back into their cellblock", "move", "remov"},
		// "turn back the protesters" is to repel them, not to return
		{"The boat failed to return to the port of Manta.",
			"did the police turn back the protesters at the border", "turn", "return"},
	} {
		t.Run(tt.q, func(t *testing.T) {
			k := review17bKeys(t, map[string]string{"a.txt": tt.story}, tt.q)
			if k[tt.not_] || !k[tt.want] {
				t.Errorf("%q: keys %v, want %q and no %q", tt.q, k, tt.want, tt.not_)
			}
		})
	}
}

// "take back" split by its object ("take the prison back", "take it
// back") is still "retake": the stories say it so too ("We are going to
// take them back, one by one").
func TestReview17bBackSplitByObject(t *testing.T) {
	story := map[string]string{"a.txt": "Thousands of soldiers and police officers try to retake a rioting prison in Ecuador."}
	for _, q := range []string{
		"when did the army take the prison back",
		"did the soldiers take it back?",
	} {
		t.Run(q, func(t *testing.T) {
			k := review17bKeys(t, story, q)
			if !k["retak"] && !k["retake"] {
				t.Errorf("%q: keys %v, want retake", q, k)
			}
		})
	}
}
