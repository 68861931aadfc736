package extract

import (
	"strings"
	"testing"
)

// "which gangs were fighting" is answered by a sentence naming a gang next
// to its word, not by one that names only cities and a river and says "rival gangs".
func TestWhichGangNeedsAGangsName(t *testing.T) {
	const unnamed = "Duran, an industrial city across the Guayas River from Guayaquil, has one of the highest murder rates in the country. Rival gangs are fighting for control of drug routes and of the port area, officials say."
	const named = "Members of the Los Choneros gang are fighting rivals for control of drug routes in Guayaquil, officials say. Soldiers patrol the port area."
	q := "which gangs was it fighting in guayaquil"
	if a := askOf(t, map[string]string{"a.txt": unnamed}, q); !a.Abstained && !strings.HasPrefix(a.Text, "I couldn't find a direct answer") {
		t.Errorf("%q over %q answered %q; no gang is named", q, unnamed, a.Text)
	}
	if a := askOf(t, map[string]string{"a.txt": named}, q); a.Abstained || !strings.Contains(a.Text, "Los Choneros") || strings.HasPrefix(a.Text, "I couldn't") {
		t.Errorf("%q over %q answered %q, want the Los Choneros sentence", q, named, a.Text)
	}
}
