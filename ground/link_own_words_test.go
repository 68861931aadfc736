package ground

import (
	"strings"
	"testing"
)

// A link the reply draws between two things the passage tells apart needs
// the passage to tell them together, or one right after the other in the
// claim's own words. A synonym in the sentence before ("the walkout had
// halted the loading" for "the strike was called") is another thing
// told; a sentence holding one word of the cause ("workers", "port") or
// of the effect ("called", in "what he called a private dispute") holds
// neither.
func TestLinkNeedsTheSidesInTheirOwnWords(t *testing.T) {
	const deaths = "The port operator said the walkout had halted the loading of containers.\n\n" +
		"Two workers were killed in separate accidents at the port in March, according to the union.\n\n" +
		"The minister said the government would not intervene in what he called a private dispute.\n\n" +
		"The strike was called by the union of port workers after talks over pay broke down.\n"
	const deathsOnly = "The port operator said the walkout had halted the loading of containers.\n\n" +
		"Two workers were killed in separate accidents at the port in March, according to the union.\n\n" +
		"The minister said the government would not intervene in what he called a private dispute.\n"
	const inTurn = "The strike was called on Thursday.\n\n" +
		"Two workers were killed in separate accidents at the port in March, according to the union.\n"
	const together = "The strike was called over the deaths of two workers killed in separate accidents at the port in March.\n"
	const why = "Why did the dockworkers go on strike?"
	for _, tt := range []struct{ name, passage, asked, claim, want string }{
		{"because, a synonym before and one word of each side beside", deaths, why,
			"The strike was called because two workers were killed in accidents at the port in March [1].", `link: the claim says "because"`},
		{"after, one word of the effect beside", deathsOnly, "What happened?",
			"The strike was called after two workers were killed in accidents at the port in March [1].", `link: the claim says "after"`},
		{"because, told one after the other", inTurn, why,
			"The strike was called because two workers were killed in accidents at the port in March [1].", ""},
		{"after, told one after the other", inTurn, "What happened?",
			"The strike was called after two workers were killed in accidents at the port in March [1].", ""},
		{"because, told together", together, why,
			"The strike was called because two workers were killed in accidents at the port in March [1].", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := edgeReason(t, tt.passage, tt.asked, tt.claim)
			if (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
				t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
			}
			if testing.Verbose() {
				t.Logf("%s: %q", tt.name, got)
			}
		})
	}
}
