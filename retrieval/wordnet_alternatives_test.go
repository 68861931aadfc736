package retrieval

import "testing"

// A question word brings only its first few WordNet synonyms: past them,
// rarer senses are noise ("die": not "croak").
func TestQueryTermsTakeFirstWordNetSynonyms(t *testing.T) {
	have := map[string]bool{}
	for _, q := range QueryTerms("die") {
		have[q.Term] = true
	}
	if !have["perish"] {
		t.Errorf("query terms of die %v lack its early synonym perish", have)
	}
	for _, late := range []string{"croak", "conk", "choke"} {
		if have[late] {
			t.Errorf("query terms of die hold the late synonym %q", late)
		}
	}
}
