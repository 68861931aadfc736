package question

import (
	"strings"
	"testing"
)

// A person noun that is the agent noun itself ("Governor" for "who
// governed") names no doer, and reading it must not panic: it did, on a
// SQuAD sentence, slicing words[d+1:d].
func TestNounDoerSameWord(t *testing.T) {
	words := strings.Fields("the mongol appointed governor of samarqand was a qara khitay")
	if nounDoer(words, 3, 3) {
		t.Error("the agent noun itself read as its doer")
	}
	asked := "who governed Samarqand"
	txt := "The Mongol-appointed Governor of Samarqand was a Qara-Khitay (Khitan), held the title Taishi, familiar with Chinese culture his name was Ahai."
	if d := Deed(asked); d != "" {
		DeedDone(txt, asked, DeedTerms(d)) // must not panic
	}
}
