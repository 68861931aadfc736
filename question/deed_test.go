package question

import "testing"

// Deed is the verb of a "who did it" question; "who is", a light verb, a
// word of saying or of holding an office, or a word that is no verb give
// none.
func TestDeed(t *testing.T) {
	for q, want := range map[string]string{
		"who shot the mayor of Manta":         "shot",
		"who won the presidential election":   "won",
		"and who killed the guards":           "killed",
		"who is the mayor":                    "",
		"who took command of the fort":        "", // light
		"who described the operation":         "", // saying: the speaker line answers
		"who runs the risk management office": "", // an office: its holder answers
		"who along with Russia supported it":  "", // no verb after who
	} {
		if got := Deed(q); got != want {
			t.Errorf("Deed(%q) = %q, want %q", q, got, want)
		}
	}
}

// DeedDone wants the doer next to the deed, or the deed done by the
// sentence's subject; a name elsewhere in the sentence, or a deed
// suffered ("was shot"), is no answer.
func TestDeedDone(t *testing.T) {
	for _, tt := range []struct {
		txt, asked string
		want       bool
	}{
		{"On Monday, President Guillermo Lasso declared a state of emergency in three provinces and in the city of Duran, after the mayor of Manta was shot dead on Sunday.", "who shot the mayor of Manta", false},
		{"The mayor of Manta was shot dead by Pedro Lopez on Sunday.", "who shot the mayor of Manta", true},
		{"Pedro Lopez, a man who had run the biggest gang in the port for more than a decade, later shot the mayor.", "who shot the mayor", true},          // the subject
		{"Guillermo Lasso declared a state of emergency in three provinces after the mayor of Manta was shot dead.", "who shot the mayor of Manta", false}, // the subject, but the deed is suffered
		{"Jacques Legardeur de Saint-Pierre, who succeeded Marin as commander of the French forces, invited Washington to dine with him.", "who invited Washington to dine", true},
		{"The Soviet Union and the People's Republic of China supported communist movements abroad in the years after the war.", "who supported communist movements", true},
		{"At their Kuwait meeting, OAPEC proclaimed the embargo.", "who proclaimed the embargo", true},
		{"Cameron congratulated the SNP on their victory.", "who congratulated the SNP", true}, // one word, first in the sentence
		{"The embargo was proclaimed at a meeting in Kuwait.", "who proclaimed the embargo", false},
		{"A retired police general won the race for mayor of Cali.", "who won the mayoral race in Cali", true}, // "won": win
	} {
		if got := DeedDone(tt.txt, tt.asked, DeedTerms(Deed(tt.asked))); got != tt.want {
			t.Errorf("DeedDone(%.50q, %q) = %v, want %v", tt.txt, tt.asked, got, tt.want)
		}
	}
}
