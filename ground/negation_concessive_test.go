package ground

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/story"
	"github.com/storybot-dev/storybot/text"
)

// A concessive word ("though", "although", "however") is no term of the
// fact it opens: "though none had gunshot wounds" denies the wounds the
// passage states, as "none had gunshot wounds" does.
func TestNegationAfterConcessive(t *testing.T) {
	const st = " date 2023-07-26 STORY: Soldiers retake a prison.\n\n" +
		"Police said 14 inmates had been taken to hospital in Guayaquil with gunshot and stab wounds. One civilian was hurt.\n"
	for _, tt := range []struct{ claim, want string }{
		{`Police said 14 inmates had been taken to hospital in Guayaquil, though none had gunshot wounds [1].`, "negation: the claim denies"},
		{`Police said 14 inmates were in hospital, although none had gunshot wounds [1].`, "negation: the claim denies"},
		{`Police said 14 inmates had been taken to hospital in Guayaquil, though with gunshot and stab wounds [1].`, ""},
	} {
		s := story.Parse("s.txt", st)
		ps := passagesWith(&s, story.ChunkOptions{MaxSentences: 6, MaxBytes: 1000})
		v := checkClaims(splitClaims(tt.claim, len(ps)), "Were inmates hurt?", ps, evidenceOf(ps))
		if got := droppedFor(v); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
	for _, w := range []string{"though", "although", "however", "whereas"} {
		if ts := text.Terms(w); len(ts) != 0 {
			t.Errorf("Terms(%q) = %v, want none: a connective is no topic", w, ts)
		}
	}
}

// A verb that admits or concedes frames the denial after it, with or
// without "that": "but admitted it did not comply with human rights"
// denies the complying the passage states. "Denied" denies, and stays a
// word of the fact.
func TestNegationAfterAdmitted(t *testing.T) {
	const p = `"This operation has been decisive, complied with human rights, and shown how efficient our police are," Guillermo Rodriguez said.` + "\n"
	runEdgeCases(t, []edgeCase{
		{"admitted, no that", p, "He said the operation was decisive but admitted it did not comply with human rights [1].", "negation: the claim denies"},
		{"conceded", p, "He said it was decisive but conceded it did not comply with human rights [1].", "negation: the claim denies"},
		{"said it complied", p, "He said the operation was decisive and complied with human rights [1].", ""},
	})
}

// A claim's condition supposes, its main clause states: "would intervene
// if the strike lasted" gainsays a flat "would not intervene"; "the talks
// would end if the guards were released" does not gainsay "the guards
// were not released"; a denial under the passage's own condition ("will
// not reopen until repairs end") is no flat one.
func TestConditionalClaimAgainstAFlatDenial(t *testing.T) {
	runEdgeCases(t, []edgeCase{
		{"flat denial", "Solis said on Wednesday that the government would not intervene in the dispute. The strike has lasted a week.\n", "Solis said the government would intervene if the strike lasted a week [1].", "negation: the passage denies"},
		{"a not inside the condition", "Solis said on Wednesday that the government would not intervene in the dispute. The strike has lasted a week.\n", "Solis said the government would intervene in the dispute if the talks did not resume [1].", "negation: the passage denies"},
		{"a not before the condition", "Solis said on Wednesday that the government would not intervene in the dispute. The strike has lasted a week.\n", "Solis said the government would not intervene in the dispute if the talks did not resume [1].", ""},
		{"the condition's words", "The guards were not released.\n\nOfficials said the talks would end after that.\n", "The talks would end if the guards were released [1].", ""},
		{"the passage's condition", "The bridge will not reopen until repairs end.\n", "The bridge will reopen if repairs end [1].", ""},
	})
}
