package question

import "testing"

// "What did police say they seized inside" asks what was seized, within
// what was said: no statement is asked for. "What did he say" and "what
// did Rodriguez say about human rights" ask for one; so does a question
// whose second sentence reports "he said they respected", and one whose
// pronoun after "say" has no verb.
func TestSaidClauseIsNoStatement(t *testing.T) {
	for q, want := range map[string]bool{
		"what did police say they seized inside":                                 false,
		"what did the guards say they found in the cells":                        false,
		"what did officials say that they recovered":                             false,
		"what did the snai guy say about human rights":                           true,
		"what did rodriguez say":                                                 true,
		"what did he say? he said they respected the human rights of the boys??": true,
		"what did they say they":                                                 true,
	} {
		if got := FormOf(q).Said; got != want {
			t.Errorf("FormOf(%q).Said = %v, want %v", q, got, want)
		}
	}
}
