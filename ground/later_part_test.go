package ground

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/story"
)

// A clause of time or cause hung on another passage's marker ("..., after
// more bodies were found inside the cellblocks [2: ...]") must have its
// words in that passage; one whose words are there passes, and a clause
// that is no link paraphrases as freely as the whole claim.
func TestLaterPartLink(t *testing.T) {
	s := story.Parse("s.txt", " date 2023-07-26 STORY: Prison.\n\n"+
		"Ecuador's attorney general on Tuesday raised the death toll from the violence from 18 to 31.\n\n"+
		"Using controlled detonations, they gained access to three cellblocks at the prison. Bodies were found inside the cellblocks.\n")
	ps := passagesWith(&s, story.ChunkOptions{MaxSentences: 1, MaxBytes: 150})
	if len(ps) < 4 {
		t.Fatalf("%d passages, want the toll and the cellblocks apart", len(ps))
	}
	for _, tt := range []struct{ claim, want string }{
		{`The attorney general raised it to 31 [2: "raised the death toll from the violence from 18 to 31"], when more bodies were found inside the cellblocks [3: "they gained access to three cellblocks"].`, "between its markers"},
		{`The attorney general raised it to 31 [2: "raised the death toll from the violence from 18 to 31"], after more bodies were found inside the cellblocks [3: "they gained access to three cellblocks"].`, "between its markers"},
		// (since the thirty-third session the two quoted passages, [2]
		// and [4], are no longer read as sentences in a row: no passage
		// orders the toll's raising after the bodies, and the "after" rule
		// drops the link)
		{`The attorney general raised it to 31 [2: "raised the death toll from the violence from 18 to 31"], after bodies were found inside the cellblocks [4: "Bodies were found inside the cellblocks"].`, `link: the claim says "after"`},
		{`The attorney general raised the toll to 31 on Tuesday [2], up by 13 from the earlier figure of 18, and forces gained access to three cellblocks [3].`, ""},
		{`Forces gained access to three cellblocks [3], while the toll rose by 13 from an earlier count of 18 [2].`, ""},
	} {
		v := checkClaims(splitClaims(tt.claim, len(ps)), "Why was the toll raised?", ps, evidenceOf(ps))
		if got := droppedFor(v); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}
