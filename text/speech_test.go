package text

import "testing"

// The verbs of saying come from WordNet's verb.communication, by lemma.
func TestIsSpeechVerb(t *testing.T) {
	for w, want := range map[string]bool{
		"said": true, "told": true, "talking": true, "claims": true, "described": true, "announced": true, "Spoke": true, "calling": true,
		"stormed": false, "prison": false, "ran": false, "": false,
	} {
		if got := IsSpeechVerb(w); got != want {
			t.Errorf("IsSpeechVerb(%q) = %v, want %v", w, got, want)
		}
	}
}
