package ground

import (
	"strings"
	"testing"
)

// A claim citing a denying quote says its opposite only when it shares
// two of the quote's content words; one shared word ("government") is
// another statement, not the quote's denial dropped.
func TestQuoteDenialOneSharedWordReview3(t *testing.T) {
	const st = " date 2023-08-03 STORY: Port.\n\n" +
		"Chile's transport minister, Ricardo Solis, said on Wednesday that the government would not intervene " +
		"in what he called a private dispute between a company and its workers.\n"
	const q = `[1: "the government would not intervene"]`
	for _, tt := range []struct{ claim, want string }{
		{`Ricardo Solis said on Wednesday that the dispute between a company and its workers was private, speaking for the government ` + q + `.`, ""},
		{`Ricardo Solis said on Wednesday that the government would intervene in a private dispute between a company and its workers ` + q + `.`, "negation"},
	} {
		if got := droppedFor(verdictOn(t, st, tt.claim)); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}
