package extract

import (
	"slices"
	"testing"
	"testing/fstest"

	"github.com/storybot-dev/storybot/internal/testindex"
	"github.com/storybot-dev/storybot/question"
)

// A follow-up's subject adds its known words at half weight, never as
// names, and leaves out the words the stories don't use.
func TestWithSubject(t *testing.T) {
	keys := []keyTerm{{term: "guard", weight: 1, known: true}}
	subject := []keyTerm{
		{term: "guard", weight: 1, known: true},
		{term: "esmeralda", weight: 2, known: true, proper: true},
		{term: "xylophon", weight: 4, known: false},
	}
	got := withSubject(keys, subject)
	if len(got) != 2 {
		t.Fatalf("withSubject = %+v, want guard and esmeralda", got)
	}
	if k := got[1]; k.term != "esmeralda" || k.weight != 2*ContextWeight || k.proper {
		t.Errorf("subject term = %+v, want esmeralda at weight %v, not proper", k, 2*ContextWeight)
	}
}

// A number the stories use is a key term of the question.
func TestKnownNumberIsAKeyTerm(t *testing.T) {
	ix := testindex.Of(t, fstest.MapFS{"a.txt": {Data: []byte("The prison held 2023 inmates. The riot began at noon.")}})
	var rd question.Reader
	var terms []string
	for _, k := range keyTerms(ix, rd.Vocabulary(ix), "were 2023 inmates held or 5150") {
		terms = append(terms, k.term)
	}
	if !slices.Contains(terms, "2023") {
		t.Errorf("key terms %q lack the number the stories use", terms)
	}
	if slices.Contains(terms, "5150") {
		t.Errorf("key terms %q hold a number the stories don't use", terms)
	}
}
