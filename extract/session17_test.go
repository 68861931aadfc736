package extract

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/internal/testindex"
	"github.com/storybot-dev/storybot/question"
)

// A verb with "back" is the verb with "re-" when the stories use that
// word: "take back" (and "took back") asks what "retake" tells, "back"
// no term of its own. Where the stories lack the "re-" word ("come
// back": no "recome"), the words stay as they are.
func TestBackIsRe(t *testing.T) {
	ix := edgeIndex(t, map[string]string{"a.txt": "Soldiers tried to retake the prison on Tuesday.\n\nGuards came back on Friday."})
	var rd question.Reader
	voc := rd.Vocabulary(ix)
	terms := func(q string) map[string]bool {
		out := map[string]bool{}
		for _, k := range keyTerms(ix, voc, q) {
			out[k.term] = true
		}
		return out
	}
	for _, q := range []string{"how many blocks did they take back", "when soldiers took back the prison"} {
		k := terms(q)
		if !k["retak"] && !k["retake"] {
			t.Errorf("%q: keys %v, want retake", q, k)
		}
		if k["back"] {
			t.Errorf("%q: keys %v, back a term of its own", q, k)
		}
	}
	if k := terms("when did the guards come back"); !k["back"] {
		t.Errorf("come back: keys %v, want back kept (no recome)", k)
	}
}

// "Located" and "situated" say nothing of the topic: "where is the prison
// located" is asked as "where is the prison" is, not refused for a word
// the story never uses.
func TestLocatedIsFiller(t *testing.T) {
	ix := testindex.Seed(t)
	for _, q := range []string{"where is the prison located", "where is this prison situated"} {
		if got := askText(t, ix, q); strings.HasPrefix(got, "The stories don't say") || strings.HasPrefix(got, "I couldn't") {
			t.Errorf("%q: %q, want the prison's place", q, got)
		}
	}
}

// "Where is the prison" of one story whose title is about the prison is
// answered with the place its lede names (the city), not the title's
// country. A question with a word the title lacks ("the guards held
// hostage") is read as any other, and so is a name ("where is Ecuador").
func TestWhereIsTheTitlesThing(t *testing.T) {
	ix := testindex.Seed(t)
	for q, want := range map[string]string{
		"where is the prison":                "city of Guayaquil",
		"where is this jail even":            "city of Guayaquil",
		"where were the guards held hostage": "Esmeraldas",
	} {
		if got := askText(t, ix, q); !strings.Contains(got, want) {
			t.Errorf("%q: %q, want it to hold %q", q, got, want)
		}
	}
	if got := askText(t, ix, "where is Ecuador"); strings.Contains(got, "city of Guayaquil") {
		t.Errorf("where is Ecuador: %q, the title's thing's place", got)
	}
}
