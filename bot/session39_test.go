package bot

import (
	"context"
	"testing"
)

// A claim that the passages don't say whether X is dropped when the
// answerer comes near answering "X?" (its closest sentence within
// whetherMargin of the threshold: "Some candidates have pledged prison
// reforms" of "whether any candidates have made promises about the
// prisons"), unless X's outcome is missing there ("whether the 15 guards
// held hostage in Esmeraldas were freed": the sentence holds the
// hostages, not their release); a wh-question left open still needs a
// sure answer. (Thirty-ninth session: fresh53-038, fresh82-043, and
// fresh57-026 kept.)
func TestOpenWhetherNearlyAnswered(t *testing.T) {
	for _, tt := range []struct {
		q, reply string
		dropped  bool
	}{
		{"Are there elections coming up?",
			"Yes, there are presidential elections next month [1]. The passages don't say whether any candidates have made promises about the prisons.", true},
		{"Were the Esmeraldas hostages freed?",
			"Fifteen prison guards and two other staffers were held hostage at a local jail in Esmeraldas [1]. The passages don't say whether the 15 prison guards and 2 other staffers held hostage at the jail in Esmeraldas were freed.", false},
		{"Who threw the Molotov cocktail?",
			"One civilian was hurt in a Molotov cocktail attack on the attorney general's office [1]. The passages don't say who threw the Molotov cocktail.", false},
	} {
		ans, err := seedBotWith(t, &scripted{text: tt.reply}).Ask(context.Background(), Question{Text: tt.q})
		if err != nil {
			t.Fatal(err)
		}
		got := false
		for _, d := range ans.DroppedClaims {
			if d.Rule == DropRuleOpenAnswered {
				got = true
			}
		}
		if got != tt.dropped {
			t.Errorf("%q: absence claim dropped = %v, want %v (dropped %+v)", tt.reply, got, tt.dropped, ans.DroppedClaims)
		}
	}
}
