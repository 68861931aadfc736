package question

import "testing"

// A remark after the question is found when it is in the asker's voice,
// opens as a guess, or is a short fragment; a tail that asks again, a
// longer clause of another voice, and a question with no remark are not
// remarks.
func TestTail(t *testing.T) {
	for _, tt := range []struct{ q, want string }{
		{"what city was the prison in now, it was one of the big ones on the coast I think", "it was one of the big ones on the coast I think"},
		{"what did the polis find in there on that video, guns?", "guns?"},
		{"what city was the prison in, it was the big one on the coast", "it was the big one on the coast"},
		{"how'd they even get in there lol, blow the doors?", "blow the doors?"},
		{"what did the guards find inside when they got in, I suppose it was knives", "I suppose it was knives"},
		{"when did the trouble start in there, was it the weekend or before that", "was it the weekend or before that"},
		{"who raised the number of dead, maybe the army or the police", "maybe the army or the police"},
		{"the candidates promise to fix the prisons, when are the elections, i heard august", "i heard august"},
		// no remark
		{"how many people died in the riot", ""},
		{"how many died, and who said so", ""},
		{"so what happens to the prisoners now, they getting moved somewhere else?", ""},
		{"how many died, the attorney general of ecuador raised it on tuesday", ""},
		{"is it true they said 50 died, the radio had 31", ""},
		{"how many people died, in the earthquake?", ""},
		{"how many people died - during the hurricane", ""},
		{"who won, the election next month", ""}, // the question has under three words
	} {
		at := Tail(tt.q)
		got := ""
		if at < len(tt.q) {
			got = tt.q[at:]
		}
		if got != tt.want {
			t.Errorf("Tail(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}
