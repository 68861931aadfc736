package ground

import (
	"fmt"
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/story"
)

// An adverb between a speaker and the verb of saying ("Solis also said")
// leaves the speaker the claim gives: what another said in the passage is
// not his, what he said is; and after a source lead ("According to the
// passages, the prison authority said") the speaker is still read.
func TestSpeakerBeforeAnAdverb(t *testing.T) {
	const p = "Two workers were killed in separate accidents at the port in March, according to the union. Chile's transport minister, Ricardo Solis, said on Wednesday that the government would not intervene in what he called a private dispute."
	runEdgeCases(t, []edgeCase{
		{"also said, another's words", p, "Solis also said two workers had been killed in separate accidents at the port in March [1].", `"solis" said is said by another`},
		{"later told, another's words", p, "Solis later told reporters two workers had been killed in separate accidents at the port in March [1].", `"solis" said is said by another`},
		{"also said, the union's words", p, "The union also said two workers had been killed in separate accidents at the port in March [1].", ""},
		{"also said, his words", p, "Solis also said the government would not intervene [1].", ""},
		{"as X said", p, "As Solis said, two workers had been killed in separate accidents at the port in March [1].", `"solis" said is said by another`},
		{"source lead", p, "According to the passages, Solis said two workers had been killed in separate accidents at the port in March [1].", `"solis" said is said by another`},
	})
}

// A verb of saying in a clause that sets the scene ("After the government
// announced a state of emergency [1], violence broke out ... [2: quote]")
// makes no speaker of the claim: its quoted evidence need not be the
// government's. A claim whose own subject announced it is read as before.
func TestNoSpeakerInASceneClause(t *testing.T) {
	st := story.Parse("s.txt", " date 2023-07-26 STORY: Prison.\n\nThe operation came after the government announced a 60-day state of emergency for the country's prisons.\n\nThat declaration seemed to set off violence in the city of Esmeraldas, where 15 prison guards and 2 other staffers were held hostage at a local jail.\n")
	ps := passagesWith(&st, story.ChunkOptions{MaxSentences: 1, MaxBytes: 1000})
	at := func(words string) int { // the passage number holding words, alone
		for i, p := range ps {
			if strings.Contains(p.Text, words) && !strings.Contains(p.Text, "STORY") && strings.Count(p.Text, ". ") == 0 {
				return i + 1
			}
		}
		t.Fatalf("no passage of its own holds %q", words)
		return 0
	}
	gov, hostages := at("government announced"), at("held hostage")
	quote := fmt.Sprintf(`[%d: "15 prison guards and 2 other staffers were held hostage at a local jail"]`, hostages)
	for _, tt := range []struct{ reply, want string }{
		{fmt.Sprintf("After the government announced a 60-day state of emergency for the prisons [%d], violence seemed to break out in Esmeraldas, where 15 prison guards and 2 other staffers were held hostage at a local jail %s.", gov, quote), ""},
		{"The government announced that 15 prison guards and 2 other staffers were held hostage at a local jail " + quote + ".", `not attributed to "government"`},
	} {
		got := droppedFor(checkClaims(splitClaims(tt.reply, len(ps)), "What happened?", ps, evidenceOf(ps)))
		if (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.reply, got, tt.want)
		}
	}
}
