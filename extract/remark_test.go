package extract

import (
	"testing"

	"github.com/storybot-dev/storybot/question"
	"github.com/storybot-dev/storybot/text"
)

// The asker's remark after the question loses the words no story uses
// (the kettle, the doors); its words a story uses stay a topic, and a
// question with no remark keeps its own unknown words.
func TestRemarkDropsUnknownTailWords(t *testing.T) {
	ix := edgeIndex(t, map[string]string{"a.txt": "Using controlled detonations, they gained access to three cellblocks at the Penitenciaria del Litoral in the city of Guayaquil. Ecuador's attorney general raised the death toll from 18 to 31."})
	var rd question.Reader
	voc := rd.Vocabulary(ix)
	terms := func(q string) map[string]bool {
		m := map[string]bool{}
		for _, k := range remark(q, keyTerms(ix, voc, q)) {
			m[k.term] = true
		}
		return m
	}
	kettle, coast, city := text.Stem("kettle"), text.Stem("coast"), text.Stem("city")
	if got := terms("what city was the prison in now, it was one of the big ones on the coast I think but I couldnt catch the name of it with the kettle going"); got[kettle] || got[coast] || !got[city] {
		t.Errorf("terms %v: want the remark's unknown words dropped and the question's kept", got)
	}
	if got := terms("how many people died, in Guayaquil?"); !got[text.Stem("guayaquil")] {
		t.Errorf("terms %v: a remark's word the story uses stays", got)
	}
	if got := terms("how many people died, in the cellblocks?"); !got[text.Stem("cellblocks")] {
		t.Errorf("terms %v: a remark's common word the story uses stays", got)
	}
	if got := terms("what is the kettle brand, the zorblax one?"); !got[text.Stem("zorblax")] {
		t.Errorf("terms %v: with no word a story uses, the question is read whole", got)
	}
	if got := terms("how many people died, in the earthquake?"); !got[text.Stem("earthquake")] {
		t.Errorf("terms %v: a fragment narrowing the question keeps its words", got)
	}
	if got := terms("what city was the kettle made in"); !got[kettle] {
		t.Errorf("terms %v: the question's own unknown word stays", got)
	}
}

// A noun of two words lends its words WordNet's other words for it, but
// never one of its own words: "press release" gives "press" no
// "release" (which would find "Footage released by police").
func TestCompoundAltsOwnWords(t *testing.T) {
	ix := edgeIndex(t, map[string]string{"a.txt": "Footage released by police showed weapons. One civilian was hurt in a Molotov cocktail attack."})
	alts := compoundAlts(ix, []string{"was", "there", "a", "press", "release?"})
	if alts[3][text.Stem("release")] > 0 {
		t.Errorf("press release: alternatives %v, want none of its own words", alts[3])
	}
	if got := compoundAlts(ix, []string{"a", "petrol", "bomb"}); got[1][text.Stem("molotov")] == 0 {
		t.Errorf("petrol bomb: alternatives %v, want the story's molotov", got[1])
	}
}
