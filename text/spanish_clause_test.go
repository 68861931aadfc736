package text

import (
	"strings"
	"testing"
)

// Where a Spanish question word asks: after a leading "y", in mid
// sentence for words of quantity, and at the start of each of two
// questions; an unaccented "que" inside a clause stays "that".
func TestSpanishGlossClauses(t *testing.T) {
	s := esFixture(t)
	for q, want := range map[string]string{
		"y cuantos muertos hubo en la carcel":          "how many dead there were in the prison",
		"en la carcel cuantos muertos hubo":            "in the prison how many dead there were",
		"¿dónde está la cárcel? ¿en que ciudad?":       "where is the prison? in what city",
		"y en que ciudad":                              "in what city",
		"la carcel que":                                "the prison that",
		"¿cuantos muertos hubo en la carcel? q ciudad": "how many dead there were in the prison? what city",
	} {
		if got := s.Gloss(q); !strings.HasSuffix(got, want) {
			t.Errorf("Gloss(%q) = %q, want it to end %q", q, got, want)
		}
	}
	for q, want := range map[string]bool{
		"y antes cuantos decian q eran?": true,
		"the q and a session":            false,
	} {
		if got := LooksSpanish(q); got != want {
			t.Errorf("LooksSpanish(%q) = %v, want %v", q, got, want)
		}
	}
}

// Which unaccented question words ask in mid sentence: those of quantity,
// person, place and time; not "que" or "como" ("that", "like").
func TestSpanishAsksMidSentence(t *testing.T) {
	for _, c := range []struct {
		w    string
		want bool
	}{{"cuantos", true}, {"cuanta", true}, {"donde", true}, {"quien", true}, {"cuando", true}, {"que", false}, {"como", false}, {"qué", true}, {"cómo", true}} {
		if got := esAsks(c.w, esFoldString(c.w), false); got != c.want {
			t.Errorf("esAsks(%q) in mid sentence = %v, want %v", c.w, got, c.want)
		}
	}
}
