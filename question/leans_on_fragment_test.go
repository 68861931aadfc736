package question

import "testing"

// A short fragment of up to two content words leans on the conversation.
func TestFragmentOfTwoWordsLeansOn(t *testing.T) {
	var v *Vocabulary
	if !v.LeansOn("prison riot?") {
		t.Error("a two-word fragment does not lean on the conversation")
	}
	if v.LeansOn("prison riot guards escaped?") {
		t.Error("a four-word fragment leans on the conversation")
	}
}
