package ground

import (
	"strings"
	"testing"
)

// A quoting claim is read against its quote's sentences, but may name by
// its full name what that sentence calls "the union" when the cited
// passage gives the name elsewhere. Only the name's words count so: the
// other sentence's facts ("called the strike") stay out of the view, and
// a name the passage doesn't give is still not found.
func TestQuotedClaimNamesFromWholePassage(t *testing.T) {
	const st = " date 2023-07-27 STORY: Port.\n\n" +
		"The strike was called by the Union of Port Workers after talks broke down. " +
		"Union president Marta Vergara told reporters that members had voted 1,214 to 96 in favour of the stoppage.\n"
	for _, tt := range []struct{ claim, want string }{
		{`She is president of the Union of Port Workers [1: "Union president Marta Vergara"].`, ""},
		{`She is president of the Union of Dock Workers [1: "Union president Marta Vergara"].`, "Dock"},
		{`She is president of the union that called the strike after talks [1: "Union president Marta Vergara"].`, "words"},
	} {
		if got := droppedFor(verdictOn(t, st, tt.claim)); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}
