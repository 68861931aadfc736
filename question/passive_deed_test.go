package question

import "testing"

// TestDeedDonePassive checks that a deed told in the passive names no
// doer before it: the one who suffered it ("the mayor ... was shot dead")
// and a name in another clause are not who did it; one after "by" is.
func TestDeedDonePassive(t *testing.T) {
	const lasso = "On Monday, current President Guillermo Lasso also declared a state of emergency in the provinces of Manabi and Los Rios, and in the city of Duran, after the mayor of the city of Manta was shot dead on Sunday."
	tests := []struct {
		sent, asked string
		want        bool
	}{
		{lasso, "who shot him?", false},        // "mayor" suffered it
		{lasso, "who shot the mayor?", false},  // Lasso did something else
		{lasso, "who killed the mayor", false}, // "was shot dead": passive past the participle
		{"The mayor was shot by Jose Lopez on Sunday.", "who shot the mayor", true},
		{"The mayor was shot on Sunday, police said.", "who shot the mayor", false},
		{"Two gunmen shot the mayor on Sunday.", "who shot the mayor", true},
		{"Police said Jose Lopez shot the mayor of Manta on Sunday.", "who shot him", true},
	}
	for _, tt := range tests {
		if got := DeedDone(tt.sent, tt.asked, DeedTerms(Deed(tt.asked))); got != tt.want {
			t.Errorf("DeedDone(%q, %q) = %v, want %v", tt.sent, tt.asked, got, tt.want)
		}
	}
}

// TestDeedBaseForm checks the deed of a question whose verb is written
// in its base form: a verb before the thing it is done to is one ("who
// kill the mayor"); a base form before anything else, a word of no
// content or a light or office verb is none.
func TestDeedBaseForm(t *testing.T) {
	tests := []struct{ asked, want string }{
		{"who kill the mayor, police catch somebody", "kill"},
		{"who throw the molotov, police catch already?", "throw"},
		{"who shoot him", "shoot"},
		{"who along with the army", ""},
		{"who from the government", ""},
		{"who exert his defence technician", ""}, // "quién ejerce su defensa": his lawyer
		{"who lead the gangs", ""},               // an office's own
		{"who kill", ""},                         // nothing it is done to
		{"who won the election", "won"},
	}
	for _, tt := range tests {
		if got := Deed(tt.asked); got != tt.want {
			t.Errorf("Deed(%q) = %q, want %q", tt.asked, got, tt.want)
		}
	}
}
