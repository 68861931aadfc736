package text

import (
	"slices"
	"testing"
)

// A verb and its particle read as one verb through WordNet's phrasal
// verbs, the verb in any form; a pair WordNet doesn't list reads nothing.
func TestPhrasalSynonyms(t *testing.T) {
	for _, c := range []struct {
		verb, particle, want string
	}{
		{"kick", "off", "start"},
		{"kicked", "off", "start"},
		{"broke", "out", "erupt"},
		{"ran", "off", "flee"},
	} {
		if got := PhrasalSynonyms(c.verb, c.particle); !slices.Contains(got, c.want) {
			t.Errorf("PhrasalSynonyms(%q, %q) = %q, want %q among them", c.verb, c.particle, got, c.want)
		}
	}
	if got := PhrasalSynonyms("kick", "the"); got != nil {
		t.Errorf("PhrasalSynonyms(kick, the) = %q, want none", got)
	}
}
