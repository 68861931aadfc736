package live

import "testing"

// Emacs autosaves (#story.txt#) are ignored; a story whose name starts
// with # is not.
func TestIgnoredNamesNeedBothHashes(t *testing.T) {
	if !ignoredName("#story.txt#") {
		t.Error("an emacs autosave is not ignored")
	}
	if ignoredName("#story.txt") {
		t.Error("a story named #story.txt is ignored")
	}
}
