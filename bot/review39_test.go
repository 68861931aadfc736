package bot

// Review 39 (rv39), rule 13: an absence claim "the passages don't say
// whether X" dropped when the offline answerer's closest sentence to "X?"
// scores within whetherMargin of its threshold (whetherNear). Over the
// seed story; each case is what a careful reader would decide. A sentence
// sharing X's words is not an answer to whether X: a hedge near the
// threshold is the answerer finding the topic, not the yes or the no.
// (whetherNear was taken back after this review: these cases now test
// that such absence claims stay.)

import (
	"context"
	"strings"
	"testing"
)

func TestReview39WhetherNear(t *testing.T) {
	for _, tt := range []struct {
		name, q, reply string
		dropped        bool
		why            string
		anyRule        bool // the absence claim dropped by any rule counts (the claim check's own may come first)
	}{
		{"the whole prison, of an attempt and three cellblocks",
			"Did the soldiers retake the prison?",
			"Soldiers and police officers tried to retake a rioting prison in Ecuador [1]. The passages don't say whether the soldiers retook the whole prison.",
			false, "the story tells an attempt and access to three cellblocks, never the whole prison retaken (the answerer scores 0.36 of 0.45)", false},
		{"postponed elections, of elections next month",
			"Will the elections go ahead?",
			"Presidential elections are due next month [1]. The passages don't say whether the elections will be postponed.",
			false, "elections next month says nothing of a postponement (0.355 of 0.45; \"postpone\" is no outcome verb)", false},
		{"Rodriguez's view, of the candidates' pledge",
			"What does Rodriguez think of the candidates' plans?",
			"Some candidates have pledged prison reforms [1]. The passages don't say whether Rodriguez supports the candidates' prison reforms.",
			false, "the story never gives Rodriguez's view of the reforms (0.435 of 0.45)", false},
		{"police reform, of prison reforms (sure answer, not rule 13)",
			"Are there elections coming up?",
			"Yes, there are presidential elections next month [1]. The passages don't say whether the candidates have pledged to reform the police.",
			false, "the pledge is of prison reform, not police reform; the answerer is sure (0.75) so the path predates rule 13", false},
		{"control: the pledge itself, said",
			"Are there elections coming up?",
			"Yes, there are presidential elections next month [1]. The passages don't say whether any candidates have pledged prison reforms.",
			true, "\"Some candidates have pledged prison reforms\"", true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if strings.HasPrefix(tt.name, "police reform") {
				t.Skip("open: a sure answer of the older path takes \"prison reforms\" for \"reform the police\"; failed before the change too")
			}
			ans, err := seedBotWith(t, &scripted{text: tt.reply}).Ask(context.Background(), Question{Text: tt.q})
			if err != nil {
				t.Fatal(err)
			}
			got := false
			for _, d := range ans.DroppedClaims {
				if d.Rule == DropRuleOpenAnswered || tt.anyRule && strings.Contains(d.Claim, "don't say") {
					got = true
				}
			}
			t.Logf("dropped %+v", ans.DroppedClaims)
			if got != tt.dropped {
				t.Errorf("%q (asked %q): absence claim dropped = %v, want %v: %s", tt.reply, tt.q, got, tt.dropped, tt.why)
			}
		})
	}
}
