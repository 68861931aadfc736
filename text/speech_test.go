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

// IsCountry reads the WordNet table of countries whatever the case and
// spacing: Ecuador and El Salvador are countries, Guayaquil (a city) and
// Texas (a state) are not.
func TestIsCountry(t *testing.T) {
	for w, want := range map[string]bool{"Ecuador": true, "el  Salvador": true, "Republic of Ecuador": true, "VENEZUELA": true,
		"Guayaquil": false, "Texas": false, "prison": false, "": false} {
		if got := IsCountry(w); got != want {
			t.Errorf("IsCountry(%q) = %v, want %v", w, got, want)
		}
	}
}
