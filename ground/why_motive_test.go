package ground

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/story"
)

// To a "why" question, an answer's "because" reports the cause asked for;
// a motive it gives ("in retaliation for", "prompted") must still be a
// link the passage draws. "Cause" as a noun of no link ("a charitable
// cause") draws none.
func TestWhyAnswerMotiveNeedsThePassagesLink(t *testing.T) {
	const st = " date 2023-07-26 STORY: Port.\n\n" +
		"The strike was called by the union after talks broke down. Two workers were killed at the port in March. Half the proceeds go to charity.\n"
	const sparked = " date 2023-07-26 STORY: Port.\n\n" +
		"The deaths of two workers sparked the strike.\n"
	for _, tt := range []struct{ st, asked, claim, want string }{
		{st, "Why did the union call the strike?", "The union called the strike in retaliation for the deaths of two workers in March [1].", `link: the claim says "retaliation"`},
		{st, "Why did the union call the strike?", "The deaths of two workers in March prompted the union to call the strike [1].", `link: the claim says "prompted"`},
		{sparked, "Why did the union call the strike?", "The deaths of two workers prompted the strike [1].", ""},
		{st, "What happens to the proceeds?", "Half the proceeds go to a charitable cause [1].", ""},
		{st, "What happened at the port?", "The cause of the strike was the deaths of two workers [1].", `link: the claim says "cause"`},
	} {
		v := verdictWith(t, tt.st, tt.asked, tt.claim)
		if got := droppedFor(v); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}

// verdictWith checks a claim against a story's passages, asked asked.
func verdictWith(t *testing.T, storyText, asked, claim string) Verdict {
	t.Helper()
	s := story.Parse("s.txt", storyText)
	ps := passagesWith(&s, story.ChunkOptions{MaxSentences: 6, MaxBytes: 1000})
	return checkClaims(splitClaims(claim, len(ps)), asked, ps, evidenceOf(ps))
}
