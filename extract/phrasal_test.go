package extract

import (
	"testing"

	"github.com/storybot-dev/storybot/question"
)

// A phrasal verb is one key term whose alternatives are the phrase's
// WordNet synonyms the corpus uses ("kick off": began, through "begin"),
// its particle no term of its own, irregular forms of the synonyms
// counted ("break out": began); a light verb's phrase ("go in") and a
// phrase none of whose synonyms the corpus uses are read word by word.
// ("kick off" is start, inaugurate, commence, open to WordNet.)
func TestPhrasalKey(t *testing.T) {
	ix := edgeIndex(t, map[string]string{"a.txt": "Clashes between gangs started on Saturday.\n\nGuards were moved. Soldiers entered the prison."})
	var rd question.Reader
	voc := rd.Vocabulary(ix)
	terms := func(q string) map[string]keyTerm {
		out := map[string]keyTerm{}
		for _, k := range keyTerms(ix, voc, q) {
			out[k.term] = k
		}
		return out
	}
	k := terms("when did the gang clashes kick off")
	kick, ok := k["kick"]
	if !ok || kick.alts["start"] == 0 {
		t.Errorf("kick off: key %+v, want start among its alternatives", kick)
	}
	if _, ok := k["off"]; ok {
		t.Error("kick off: the particle is a term of its own")
	}
	ix2 := edgeIndex(t, map[string]string{"a.txt": "Clashes between gangs began on Saturday.\n\nGuards were moved."})
	var rd2 question.Reader
	found := false
	for _, k := range keyTerms(ix2, rd2.Vocabulary(ix2), "when did the fighting break out") {
		if k.term == "break" {
			found = true
			if k.alts["began"] == 0 {
				t.Errorf("break out: key %+v, want began (begin's irregular past) among its alternatives", k)
			}
		}
	}
	if !found {
		t.Error("break out: no key term for break")
	}
	// "go in" is "enter" to WordNet, and the corpus says "entered"
	if _, ok := terms("when did the soldiers go in")["go"]; ok {
		t.Error("go in: a light verb's phrase read as a phrasal verb")
	}
	// none of "blow up"'s synonyms (explode, detonate) is in the corpus
	if _, ok := terms("did they blow up the gate")["blow"]; !ok {
		t.Error("blow up: want blow read as a word of its own")
	}
}
