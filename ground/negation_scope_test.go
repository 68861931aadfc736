package ground

import (
	"strings"
	"testing"
)

// A claim that says the subject and the verb a passage's clause denies
// states what it denies, whatever else the clause adds; a claim without
// the subject, or with the negation, does not.
func TestNegatedClauseHead(t *testing.T) {
	const st = " date 2023-08-03 STORY: Port.\n\n" +
		"Chile’s transport minister said on Wednesday that the government would not intervene in what he called a private dispute.\n"
	for _, tt := range []struct{ claim, want string }{
		{`The government would intervene [1].`, `negation: the passage denies "interven"`},
		{`Yes, the minister said the government would intervene [1].`, "negation"},
		{`The government would not intervene [1].`, ""},
		{`The minister called it a private dispute [1].`, ""},
		{`He would intervene [1].`, ""}, // no subject named: too little to pin the clause
	} {
		if got := droppedFor(verdictOn(t, st, tt.claim)); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}

// A claim that denies what the sentence it quotes states is read against
// that sentence, when a verb is negated; a claim that no one did a thing
// is not (who did it is a binding the words cannot show).
func TestQuotedSentenceNegation(t *testing.T) {
	const st = " date 2023-07-26 STORY: Prison.\n\n" +
		"Rodriguez said the operation was decisive, complied with human rights and showed how prepared the police are. " +
		"Soldiers retook the prison and a civilian was hurt.\n"
	for _, tt := range []struct{ claim, want, never string }{
		// (the negation rule reads it first, "admitted" being no word of the fact)
		{`Rodriguez admitted the operation had not properly complied with human rights [1: "complied with human rights"].`, "negation: the claim denies", ""},
		{`Rodriguez said the operation complied with human rights [1: "complied with human rights"].`, "", ""},
		{`Rodriguez said the operation had not clearly shown how prepared the police are [1: "showed how prepared the police are"].`, `which the quoted sentence states`, ""},
		{`Rodriguez admitted that no soldiers were hurt while they retook the prison [1: "Soldiers retook the prison and a civilian was hurt"].`, "", "negation"},
	} {
		got := droppedFor(verdictOn(t, st, tt.claim))
		if tt.never != "" {
			if strings.Contains(got, tt.never) {
				t.Errorf("%q: reason %q, want none saying %q", tt.claim, got, tt.never)
			}
			continue
		}
		if (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}
