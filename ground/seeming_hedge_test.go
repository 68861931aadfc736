package ground

import (
	"strings"
	"testing"
)

// "Seemed to" and "appeared to" hedge what follows: a claim stating it
// plainly states a fact the passage only supposes. "Appeared in court"
// hedges nothing.
func TestSeemingIsAHedge(t *testing.T) {
	const st = " date 2023-07-26 STORY: Prison.\n\n" +
		"That declaration seemed to set off violence in the city of Esmeraldas. The mayor appeared in court on Monday.\n"
	for _, tt := range []struct{ claim, want string }{
		{`The declaration set off violence in Esmeraldas [1].`, "modality"},
		{`The declaration seemed to set off violence in Esmeraldas [1].`, ""},
		{`The declaration appears to have set off violence in Esmeraldas [1].`, ""},
		{`The mayor appeared in court on Monday [1].`, ""},
	} {
		if got := droppedFor(verdictOn(t, st, tt.claim)); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}
