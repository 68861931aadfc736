package ground

import "testing"

// A claim saying a deed was not done ("have not been postponed") states a
// fact: the passages must speak of that deed, or the denial is the model's.
func TestDeniedDeedThePassagesNeverMention(t *testing.T) {
	const p = "This latest surge of prison violence comes during campaigning for presidential elections next month. Officials said the vote would be delayed in two provinces.\n"
	runEdgeCases(t, []edgeCase{
		{"a deed never mentioned", p, "Presidential elections are due next month, and campaigning goes on; they have not been cancelled despite the violence [1].", `negation: the claim denies "cancelled"`},
		{"a deed the passage speaks of", p, "Presidential elections are due next month, and the vote has not been delayed everywhere despite the violence [1].", ""},
		{"talk about the passages", p, "Presidential elections are due next month; the candidates have not been mentioned [1].", ""},
	})
}
