package ground

import "testing"

// "full" and "complete" after a linking verb describe, they quantify
// nothing: "The cellblocks were full, guards said".
func TestWholeAdjectiveAfterLinkingVerb(t *testing.T) {
	runR7(t, []r7Case{
		{name: "were full", passages: []string{"The cellblocks were crowded, guards said."}, claim: "The cellblocks were full, guards said [1].", want: ""},
		{name: "is complete", passages: []string{"The schedule for the talks was finished on Monday, officials said."}, claim: "The schedule is complete, officials said [1].", want: ""},
	})
}
