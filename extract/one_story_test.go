package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/question"
)

// A question whose every key term one sentence holds, with the kind of
// answer asked, is answered when the corpus is that one story ("which
// prison was it"); in a corpus of several stories the same short question
// may be about another's prison, and the score decides alone. A sentence
// holding the key term only through its title, or lacking the kind of
// answer, is no such sentence.
func TestOneStoryCompleteTypedAnswers(t *testing.T) {
	const st = "Soldiers moved to retake a rioting prison.\n\nUsing controlled detonations, they gained access to three cellblocks at the Penitenciaria del Litoral in the city of Guayaquil. Footage showed weapons seized inside. Clashes between gangs began on Saturday. The attorney general raised the death toll from 18 to 31.\n\nSome candidates have pledged reforms."
	ask := func(stories map[string]string, q string) *Answer { return askOf(t, stories, q) }
	one := map[string]string{"a.txt": st}
	a := ask(one, "which prison was it")
	if a.Abstained || strings.HasPrefix(a.Text, Hedge) || !strings.Contains(a.Text, "Penitenciaria del Litoral") {
		t.Errorf("one story: %q, want the Penitenciaria del Litoral answered", a.Text)
	}
	// The same story, its prison unnamed: the sentence holds "prison" but
	// not the kind of answer, and is no answer.
	unnamed := map[string]string{"a.txt": strings.Replace(st, "at the Penitenciaria del Litoral in the city of Guayaquil", "at the prison", 1)}
	if a := ask(unnamed, "which prison was it"); !a.Abstained && !strings.HasPrefix(a.Text, Hedge) {
		t.Errorf("unnamed prison: %q answered", a.Text)
	}
}

// oneStoryAnswer's edges: one story, every key term held, typed, and own at
// oneStoryOwn or more; oneStoryHeld's the same without the kind of answer.
func TestOneStoryAnswerEdges(t *testing.T) {
	one := edgeIndex(t, map[string]string{"a.txt": "Guards searched the cells. Inmates were moved.\n\nMore."})
	two := edgeIndex(t, map[string]string{"a.txt": "Guards searched the cells.\n\nMore.", "b.txt": "Floods hit.\n\nMore."})
	full := map[string]float64{"complete": 1, "typed": 1}
	untyped := map[string]float64{"complete": 1}
	for _, tt := range []struct {
		name       string
		ix         Index
		f          map[string]float64
		own        float64
		want, held bool // oneStoryAnswer's, oneStoryHeld's
	}{
		{"all held", one, full, 1, true, true},
		{"at the bound", one, full, oneStoryOwn, true, true},
		{"just under", one, full, oneStoryOwn - 0.01, false, false},
		{"two stories", two, full, 1, false, false},
		{"a key term missing", one, map[string]float64{"typed": 1}, 1, false, false},
		{"untyped", one, map[string]float64{"complete": 1, "untyped": 1}, 1, false, true},
		{"no kind asked, all held", one, untyped, 1, false, true},
		{"no kind asked, at the bound", one, untyped, oneStoryOwn, false, true},
		{"no kind asked, just under", one, untyped, oneStoryOwn - 0.01, false, false},
		{"no kind asked, two stories", two, untyped, 1, false, false},
	} {
		c := &candidate{own: tt.own}
		if got := oneStoryAnswer(tt.ix, tt.f, c); got != tt.want {
			t.Errorf("%s: oneStoryAnswer = %v, want %v", tt.name, got, tt.want)
		}
		if got := oneStoryHeld(tt.ix, tt.f, c); got != tt.held {
			t.Errorf("%s: oneStoryHeld = %v, want %v", tt.name, got, tt.held)
		}
	}
}

// "The boss of the prisons" is the sentence's "general director": a role's
// holder is named next to the story's word for the role; next to another
// role, or with no name by it, no one is.
func TestRoleNamedBySynonym(t *testing.T) {
	const q = "who is the boss of all the prisons in ecuador"
	for txt, want := range map[string]bool{
		"Guillermo Rodriguez is the general director of Ecuador’s prison authority, the SNAI.": true,
		"The director of the prison authority spoke on Monday.":                                false,
		"Guillermo Rodriguez is a lawyer of the prison authority.":                             false,
	} {
		if got := roleNamed(txt, "boss", q); got != want {
			t.Errorf("roleNamed(%q, boss) = %v, want %v", txt, got, want)
		}
	}
}

// "Guy" says nothing of the topic, as "person" doesn't: "what did the
// prison boss guy say" has the key terms of "what did the prison boss say".
func TestGuyIsFiller(t *testing.T) {
	ix := edgeIndex(t, map[string]string{"a.txt": "The prison boss said the operation went well.\n\nMore."})
	terms := func(q string) []string { return keyTermsOf(ix, q) }
	if a, b := terms("what did the prison boss guy say about the operation"), terms("what did the prison boss say about the operation"); strings.Join(a, " ") != strings.Join(b, " ") {
		t.Errorf("key terms %v with 'guy', %v without", a, b)
	}
	// Written as a name, Guy is one: "Who was Guy's rival?"
	if a := terms("Who was Guy's rival?"); !slices.Contains(a, "guy") {
		t.Errorf("key terms %v of \"Who was Guy's rival?\": the name left out", a)
	}
}

// typedAlternative's edges: one story, a typed question whose best
// sentence is untyped with no typed neighbour, and a typed sentence within
// typedMargin of it.
func TestTypedAlternativeEdges(t *testing.T) {
	one := edgeIndex(t, map[string]string{"a.txt": "Guards searched the cells. Inmates were moved.\n\nMore."})
	two := edgeIndex(t, map[string]string{"a.txt": "Guards searched the cells.\n\nMore.", "b.txt": "Floods hit.\n\nMore."})
	best := &candidate{score: 0.9}
	near := &candidate{score: 0.9 - typedMargin, typed: true}
	far := &candidate{score: 0.9 - typedMargin - 0.01, typed: true}
	for _, tt := range []struct {
		name     string
		ix       Index
		qt       question.Kind
		best, nb *candidate
		cands    []*candidate
		want     *candidate
	}{
		{"at the margin", one, question.Number, best, nil, []*candidate{best, near}, near},
		{"past the margin", one, question.Number, best, nil, []*candidate{best, far}, nil},
		{"two stories", two, question.Number, best, nil, []*candidate{best, near}, nil},
		{"untyped question", one, question.General, best, nil, []*candidate{best, near}, nil},
		{"a typed neighbour", one, question.Number, best, far, []*candidate{best, near}, nil},
		{"best typed", one, question.Number, near, nil, []*candidate{near, best}, nil},
		{"the best of the typed", one, question.Number, best, nil, []*candidate{best, far, near}, near},
	} {
		if got := typedAlternative(tt.ix, tt.qt, tt.best, tt.nb, tt.cands); got != tt.want {
			t.Errorf("%s: typedAlternative = %p, want %p", tt.name, got, tt.want)
		}
	}
}
