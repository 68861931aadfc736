package extract

import (
	"strings"
	"testing"
)

// "Is that the same guy as the president?" is not settled by a sentence
// that names the president: it is hedged, never answered "Yes". A sentence
// that says the two are one ("also known as") may settle it, and a
// yes/no question that is no question of identity is answered as before.
func TestSameIsNotSettledByANameAlone(t *testing.T) {
	const st = "Soldiers retook a prison in Guayaquil.\n\nOn Monday, current President Guillermo Lasso declared a state of emergency in the provinces of Manabi and Los Rios.\n\nMore news followed."
	ix := edgeIndex(t, map[string]string{"a.txt": st})
	ask := func(q string) string { return askText(t, ix, q) }
	if got := ask("is that the same guy as the president?"); strings.HasPrefix(got, "Yes") || !strings.HasPrefix(got, Hedge) {
		t.Errorf("same guy: %q, want a hedge", got)
	}
	if got := ask("is Guillermo Lasso the president?"); !strings.HasPrefix(got, "Yes") {
		t.Errorf("not a question of identity: %q, want Yes", got)
	}
	for txt, want := range map[string]bool{
		"Guillermo Lasso, also known as the banker, spoke.": true,
		"They were the same gangs.":                         true,
		"President Guillermo Lasso declared an emergency.":  false,
	} {
		if got := sameSaid(txt); got != want {
			t.Errorf("sameSaid(%q) = %v, want %v", txt, got, want)
		}
	}
}
