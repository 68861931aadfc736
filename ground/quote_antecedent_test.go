package ground

import (
	"strings"
	"testing"
)

// A quoted sentence that points back ("there", "this operation") is read
// with the sentence before it, where what it points to is named; one
// that does not, alone; a personal pronoun finds its actor in its own
// sentence.
func TestQuotedSentenceAntecedent(t *testing.T) {
	const st = " date 2023-07-26 STORY: Prison.\n\n" +
		"Violence broke out in the city of Esmeraldas. One civilian was hurt in an attack there. " +
		"Police in Guayaquil said 14 inmates were hurt. The prison authority said it would publish a list.\n"
	for _, tt := range []struct{ claim, want string }{
		{`One civilian was hurt in an attack in Esmeraldas [1: "One civilian was hurt in an attack there"].`, ""},
		{`The prison authority in Guayaquil said it would publish a list [1: "The prison authority said it would publish a list"].`, `name "Guayaquil"`},
		{`Police said they would publish a list [1: "said it would publish a list"].`, `not attributed to "police"`},
	} {
		if got := droppedFor(verdictOn(t, st, tt.claim)); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}
