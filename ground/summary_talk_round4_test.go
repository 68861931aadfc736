package ground

import (
	"strings"
	"testing"
)

// A claim about the passages or the summary itself describes them in its
// own words ("two individuals named James Jones", "two unrelated pieces
// of information", "the main points"): those words are talk about the
// text, no fact to find in it. Said of the world, the same words count.
func TestSummaryTalk(t *testing.T) {
	const st = " date 2023-07-26 STORY: Jones.\n\n" +
		"James Jones is a Welsh rugby coach. " +
		"James Jones played basketball for Miami and won three championships.\n"
	for _, tt := range []struct{ claim, want string }{
		{`The passage describes two individuals named James Jones [1].`, ""},
		{`The passage discusses two different individuals named James Jones [1].`, ""},
		{`This summary covers the main points about James Jones and basketball [1].`, ""},
		{`The passage appears to contain two unrelated pieces of information [1].`, ""},
		{`The passage discusses two individuals named James Jones and their respective works [1].`, ""},
		{`The passage appears to contain two unrelated pieces of information without a clear connection [1].`, ""},
		// said of the world, not of the text: the words are facts to find
		{`The works of James Jones were without clear topics [1].`, "words"},
		{`Two individuals named James Jones were appointed as distinct coaches [1].`, "words"},
		{`The main point of the basketball career was a separate appointment [1].`, "words"},
	} {
		if got := droppedFor(verdictOn(t, st, tt.claim)); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}
