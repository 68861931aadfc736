package text

import (
	"strings"
	"testing"
)

// Review 6: every word of quantity, person, place and time asks unaccented
// in mid sentence, and "cual"/"cuales" (which) do not.
func TestSpanishAsksAnywhereReview6(t *testing.T) {
	for _, c := range []struct {
		w    string
		want bool
	}{{"cuantas", true}, {"cuanto", true}, {"quienes", true}, {"adonde", true}, {"cual", false}, {"cuales", false}, {"cuál", true}} {
		if got := esAsks(c.w, esFoldString(c.w), false); got != c.want {
			t.Errorf("esAsks(%q) in mid sentence = %v, want %v", c.w, got, c.want)
		}
	}
}

// Review 6: only a leading conjunction keeps the clause start, not any
// first word; "¿" alone opens a new question; chat's "q" in mid sentence
// is "que" there, "that".
func TestSpanishGlossReview6(t *testing.T) {
	s := esFixture(t)
	for q, want := range map[string]string{
		"dicen que hubo muertos":                    "that there were dead",
		"hubo muertos en la carcel ¿en que ciudad?": "in the prison? in what city",
		"la carcel q":                               "the prison that",
		"en la carcel q":                            "in the prison that",
	} {
		if got := s.Gloss(q); !strings.HasSuffix(got, want) {
			t.Errorf("Gloss(%q) = %q, want it to end %q", q, got, want)
		}
	}
	// Each question of two takes the word the stories use.
	uses := func(w string) bool { return w == "prisoner" }
	for _, q := range []string{"¿cuantos presos murieron? ¿donde?", "¿donde? ¿cuantos presos murieron?"} {
		if got := s.GlossFor(q, nil, uses); !strings.Contains(got, "prisoner") || strings.Contains(got, "inmate") {
			t.Errorf("GlossFor(%q, uses prisoner) = %q, want presos read as prisoner", q, got)
		}
	}
}

// Review 6: the new function words each count toward looking Spanish.
func TestLooksSpanishFunctionWordsReview6(t *testing.T) {
	for q, want := range map[string]bool{
		"los presos q escaparon":  true,
		"los presos eran muchos":  true,
		"antes del motin":         true,
		"ahi murieron los presos": true,
		"the prisoners escaped q": false,
	} {
		if got := LooksSpanish(q); got != want {
			t.Errorf("LooksSpanish(%q) = %v, want %v", q, got, want)
		}
	}
}
