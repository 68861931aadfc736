package text

import "testing"

func TestIsPersonNoun(t *testing.T) {
	for w, want := range map[string]bool{
		"banker": true, "bankers": true, "Warden": true, "inmate": true, "spokeswoman": true, "mayor": true,
		"prison": false, "general": false, "riot": false, "said": false, "": false, "Guayaquil": false,
	} {
		if got := IsPersonNoun(w); got != want {
			t.Errorf("IsPersonNoun(%q) = %v, want %v", w, got, want)
		}
	}
}
