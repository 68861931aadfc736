package ground

import (
	"strings"
	"testing"
)

// A claim citing a quote that denies ("would not intervene") while it
// denies nothing, though it shares the quote's words, says the
// opposite; keeping a negation ("not", "refused") or sharing under two
// words is no such claim.
func TestClaimDropsTheQuotesDenial(t *testing.T) {
	const st = " date 2023-08-03 STORY: Port.\n\n" +
		"Chile's transport minister, Ricardo Solis, said on Wednesday that the government would not intervene " +
		"in what he called a private dispute between a company and its workers.\n"
	const q = `[1: "the government would not intervene in what he called"]`
	for _, tt := range []struct{ claim, want string }{
		{`Ricardo Solis said the government would help settle what he called a private dispute ` + q + `.`, "drops the denial"},
		{`Ricardo Solis said the government would step in to mediate what he called a private dispute ` + q + `.`, "negation"},
		{`Ricardo Solis said the government would not step in to mediate what he called a private dispute ` + q + `.`, ""},
		{`Ricardo Solis said the government refused to intervene in what he called a private dispute ` + q + `.`, ""},
		{`Transport minister Ricardo Solis spoke on Wednesday about a private dispute between a company and its workers ` + q + `.`, ""},
	} {
		if got := droppedFor(verdictOn(t, st, tt.claim)); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}
