package ground

import "testing"

// A Spanish why question ("¿Por qué ...?") asks for a cause as "why"
// does: its answer's "because" reports one; a statement about something
// else asks for none.
func TestSpanishWhyQuestion(t *testing.T) {
	for q, want := range map[string]bool{
		"¿Por qué hacen huelga los portuarios de Valparaíso?": true,
		"por que hacen huelga":                    true,
		"Why are they striking?":                  true,
		"¿Cuántos portuarios hacen huelga?":       false,
		"que dijo el ministro porque no entiendo": false,
	} {
		if got := whyQuestion(q); got != want {
			t.Errorf("whyQuestion(%q) = %v, want %v", q, got, want)
		}
	}
}
