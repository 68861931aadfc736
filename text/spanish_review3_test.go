package text

import "testing"

// Every listed way to ask a name or what happened is read as one.
func TestEsNameIdiomForms_review3(t *testing.T) {
	for _, c := range []struct {
		ws   []string
		want int
	}{
		{[]string{"cómo", "se", "llamó", "el", "asesino"}, 3},
		{[]string{"cómo", "se", "llaman"}, 3},
		{[]string{"como", "les", "dicen"}, 3},
		{[]string{"como", "le", "decían"}, 3},
		{[]string{"como", "le", "llaman"}, 3},
		{[]string{"como", "se", "dicen"}, 0},
		{[]string{"qué", "sucedió", "ayer"}, -2},
		{[]string{"que", "ocurrió"}, -2},
		{[]string{"qué", "pasa"}, -2},
		{[]string{"qué", "hizo"}, 0},
	} {
		if got := idiomLen(c.ws); got != c.want {
			t.Errorf("esNameIdiom(%q) = %d, want %d", c.ws, got, c.want)
		}
	}
}

// Every listed lead conjunction is passed over before the question word;
// with nothing after the question word it is left to the word count.
func TestLooksSpanishLeadConjunctions_review3(t *testing.T) {
	for q, want := range map[string]bool{
		"entonces cuantos murieron": true,
		"oye cuantos murieron":      true,
		"e cuantos murieron":        true,
		"oye who won":               false,
		"entonces what happened":    false,
	} {
		if got := LooksSpanish(q); got != want {
			t.Errorf("LooksSpanish(%q) = %v, want %v", q, got, want)
		}
	}
}
