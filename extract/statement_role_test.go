package extract

import (
	"testing"

	"github.com/storybot-dev/storybot/cite"
	"github.com/storybot-dev/storybot/text"
)

// candidatesOf makes one candidate per sentence of txt, each covering the
// given terms.
func candidatesOf(txt string, covered ...map[string]float64) []*candidate {
	p := &cite.Passage{N: 1, Source: "s.txt", Text: txt}
	var out []*candidate
	for i, sp := range text.Sentences(txt, 0, len(txt)) {
		c := &candidate{p: p, sp: sp, covered: map[string]float64{}, context: map[string]float64{}}
		if i < len(covered) {
			c.covered = covered[i]
		}
		out = append(out, c)
	}
	return out
}

// What someone said is looked for under the question's heavy words (or
// names): a quote that only shares a light word is not their statement.
func TestStatementOfFollowsTheHeavyWords(t *testing.T) {
	cands := candidatesOf(`Prices went up again. He said "taxes will rise soon".`, nil, map[string]float64{"tax": 1})
	keys := []keyTerm{{term: "minist", weight: 2, known: true}, {term: "tax", weight: 0.5, known: true}}
	if got := statementOf(cands, keys, cands[0]); got != nil {
		t.Errorf("statementOf = %q, want none: the quote doesn't name the minister", got.text())
	}
}

// A role's holder is named within a few words of it: "the director of
// the prison, Juan Perez".
func TestRoleNamedWithinAFewWords(t *testing.T) {
	txt := "The director of the prison, Juan Perez, resigned on Friday."
	if !roleNamed(txt, "director", "who is the prison director") {
		t.Errorf("roleNamed(%q, director) = false", txt)
	}
	far := "The director said that on the next day after the riot Juan Perez resigned."
	if roleNamed(far, "director", "who is the prison director") {
		t.Errorf("roleNamed(%q, director) = true with the name many words away", far)
	}
}
