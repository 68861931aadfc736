package ground

import (
	"strings"
	"testing"
)

// A claim about the passages themselves ("the passages only call it the
// port operator") talks about them with words no passage holds; those
// are no facts to find. The same words in a claim about the world are.
func TestTalkAboutThePassages(t *testing.T) {
	const st = " date 2023-08-03 STORY: Port.\n\n" +
		"The port operator said the walkout had halted the loading of containers. " +
		"\"We are not asking for luxuries.\"\n"
	for _, tt := range []struct{ claim, want string }{
		{`The passages only call it "the port operator" [1: "The port operator said"].`, ""},
		{`The retrieved passages only include the start of what she said: "We are not asking for luxuries." [1: "We are not asking for luxuries."]`, ""},
		{`The port operator called it the start of the walkout and gave its name [1].`, "words"},
	} {
		if got := droppedFor(verdictOn(t, st, tt.claim)); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}
