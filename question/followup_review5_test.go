package question

import (
	"testing"

	"github.com/storybot-dev/storybot/internal/testindex"
)

// Edges of LeansOn's rules: exactly maxLeaningTerms content words still
// lean; each pointer and auxiliary of a pointer subject makes the question
// lean whatever it names; the pointer subject must open the question; "her"
// is a he/she pointer at any length.
func TestLeansOnEdges_review5(t *testing.T) {
	var rd Reader
	voc := rd.Vocabulary(testindex.Seed(t))
	for q, want := range map[string]bool{
		// Three content words (guard, leav, prison) and "then": leans.
		"why did the guards leave the prison then": true,
		// Pointer subjects after each auxiliary and pointer: lean, even
		// with a name.
		"was this in Guayaquil":                true,
		"did she win in Guayaquil":             true,
		"will he resign over the Litoral riot": true,
		"could it happen in Quito":             true,
		// A pointer subject inside the question, not at its opening,
		// makes no pointer subject: the name reads it alone.
		"how many died in Guayaquil, was it ten": false,
		// "did he..." only as a whole word: "did helicopters" is no
		// pointer, and four content words with no pointer stand alone.
		"did helicopters bomb the prison yard": false,
		// A his/her pointer with few words leans, like any pointer.
		"what did his lawyer say": true,
		"who is his lawyer":       true, // asks who, but few words: leans
		// "her" points back at any length, as "his" does.
		"what did the prison director tell her lawyer after the riot": true,
	} {
		if got := voc.LeansOn(q); got != want {
			t.Errorf("LeansOn(%q) = %v, want %v", q, got, want)
		}
	}
}

// In a question asking who, only a "he" or "she" of its own clause is the
// one asked about ("which candidate said she ..."); an object or possessive
// ("replaced her", "arrested him") still points at the last turn's person.
func TestLeansOnWhoWithObjectPronoun_review5(t *testing.T) {
	var rd Reader
	voc := rd.Vocabulary(testindex.Seed(t))
	for _, q := range []string{
		"who replaced her as director of the prison authority",
		"who arrested him after the prison riot ended",
	} {
		if !voc.LeansOn(q) {
			t.Errorf("LeansOn(%q) = false, want true", q)
		}
	}
}

// "Which guard said he ..." asks who, as "which candidate said she ..."
// does: its "he" is the one asked about.
func TestLeansOnWhichGuardSaidHe_review5(t *testing.T) {
	var rd Reader
	voc := rd.Vocabulary(testindex.Seed(t))
	if q := "which guard said he saw the prisoners escape through the tunnel"; voc.LeansOn(q) {
		t.Errorf("LeansOn(%q) = true, want false", q)
	}
}
