package extract

import (
	"testing"

	"github.com/storybot-dev/storybot/text"
)

// Two words written apart that are one word in the dictionary lend that
// word's other words, when both are content words and the corpus does
// not use the second: "jail house" finds the story's "prison"; "to
// tally" is no "totally"; a second word the corpus uses ("house") keeps
// the words as they are.
func TestClosedCompoundAlts(t *testing.T) {
	ix := edgeIndex(t, map[string]string{"a.txt": "Weapons were seized from inside the prison. A guard was hurt. The votes were counted wholly by hand."})
	if got := compoundAlts(ix, []string{"inside", "the", "jail", "house"}); got[2][text.Stem("prison")] == 0 {
		t.Errorf("jail house: alternatives %v, want the story's prison", got[2])
	}
	if got := compoundAlts(ix, []string{"how", "to", "tally", "votes"}); got[1][text.Stem("wholly")] > 0 {
		t.Errorf("to tally: alternatives %v, want none of totally's", got[1])
	}
	withHouse := edgeIndex(t, map[string]string{"a.txt": "Weapons were seized from inside the prison. A house was searched."})
	if got := compoundAlts(withHouse, []string{"inside", "the", "jail", "house"}); got[2][text.Stem("prison")] > 0 {
		t.Errorf("jail house where the story uses house: alternatives %v, want none", got[2])
	}
}
