package extract

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/internal/testindex"
	"github.com/storybot-dev/storybot/question"
	"github.com/storybot-dev/storybot/text"
)

// The base form of a word the stories use ("flee" for "fled") counts
// lemmaShare, above any synonym, even when WordNet also lists it among
// the synonyms.
func TestWordnetAltsLemmaKeepsItsShare(t *testing.T) {
	ix := edgeIndex(t, map[string]string{"a.txt": "Guards flee the prison. Rebels strike the town."})
	for w, lemma := range map[string]string{"fled": "flee", "struck": "strik"} {
		alts := wordnetAlts(ix, w, text.Terms(w)[0])
		if alts[lemma] != lemmaShare {
			t.Errorf("wordnetAlts(%s) = %v, want %s at %v", w, alts, lemma, lemmaShare)
		}
	}
}

// "When did this happen?" with no topic word is answered by the story's
// date; "where did this happen?" is not a question the date answers (its
// lede's place is: TestWhereDidThisHappen).
func TestDatelineOnlyForWhen(t *testing.T) {
	ix := testindex.Seed(t)
	var rd question.Reader
	voc := rd.Vocabulary(ix)
	for _, tt := range []struct{ q, prefix string }{
		{"when did this happen?", "The story is dated "},
		{"where did this happen?", "Using controlled detonations"},
	} {
		a := &Answer{Passages: passagesOf(t, ix, "prison riot Guayaquil")}
		(&Answerer{Threshold: DefaultThreshold, Floor: DefaultFloor}).Answer(ix, voc, tt.q, "", a)
		if !strings.HasPrefix(a.Text, tt.prefix) {
			t.Errorf("%q = %q, want it to start %q", tt.q, a.Text, tt.prefix)
		}
	}
}
