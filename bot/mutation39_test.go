package bot

import (
	"context"
	"testing"
)

// Written as mutation tests of whetherNear (thirty-ninth session), which
// was taken back after review rv39: an absence claim whose question the
// answerer's closest sentence only touches stays; a "who" question left
// open still needs a sure answer.
func TestMutation39OpenWhetherFar(t *testing.T) {
	for _, tt := range []struct{ q, reply string }{
		// the closest sentence tells of the hostages, not of harm to them
		// (score about 0.17)
		{"What happened in Esmeraldas?",
			"Fifteen prison guards and two other staffers were held hostage at a local jail in Esmeraldas [1]. The passages don't say whether the hostages were harmed."},
		// the closest sentence tells of the declaration, not of an
		// extension (about 0.29)
		{"Why did Lasso declare a state of emergency?",
			"Lasso declared a state of emergency in Manabi, Los Rios and Duran after the mayor of Manta was shot dead on Sunday [1]. The passages don't say whether the state of emergency will be extended."},
		// a wh-question near the threshold (about 0.37): the sentence
		// tells of the hostages, not of who took them
		{"What happened in Esmeraldas?",
			"Fifteen prison guards and two other staffers were held hostage at a local jail in Esmeraldas [1]. The passages don't say who took the guards hostage."},
	} {
		assertOpenAnswered(t, tt.q, tt.reply, false)
	}
}

// True absence claims whose closest sentence shares the question's words
// but not its point (scores 0.36 to 0.43 against a threshold of 0.45):
// whetherNear dropped them, which is why it was taken back.
func TestMutation39WhetherNearTakenBack(t *testing.T) {
	for _, tt := range []struct{ q, reply string }{
		{"Are there elections coming up?",
			"Yes, there are presidential elections next month [1]. The passages don't say whether the elections will be postponed."},
		{"Are there elections coming up?",
			"Yes, there are presidential elections next month [1]. The passages don't say whether any candidate has visited the prisons."},
		{"What happened in Esmeraldas?",
			"Fifteen prison guards and two other staffers were held hostage at a local jail in Esmeraldas [1]. The passages don't say whether the violence in Esmeraldas has ended."},
	} {
		assertOpenAnswered(t, tt.q, tt.reply, false)
	}
}

func assertOpenAnswered(t *testing.T, q, reply string, want bool) {
	t.Helper()
	ans, err := seedBotWith(t, &scripted{text: reply}).Ask(context.Background(), Question{Text: q})
	if err != nil {
		t.Fatal(err)
	}
	got := false
	for _, d := range ans.DroppedClaims {
		if d.Rule == DropRuleOpenAnswered {
			got = true
		}
	}
	if got != want {
		t.Errorf("%q: absence claim dropped = %v, want %v (dropped %+v)", reply, got, want, ans.DroppedClaims)
	}
}
