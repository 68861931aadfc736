package bot_test

import (
	"strings"
	"testing"
)

// A guess at where the prison is, naming a city no story holds, is read
// as where the prison is and answered with its city, cited; a guess the
// story can check (its own city) is answered too, and the reading says so.
func TestSession37PlaceGuessAnswered(t *testing.T) {
	b, c := seedBot(t)
	for _, q := range []string{
		"the prison is in quito right? the capital",
		"this jail is in Quito is it? or some other city",
	} {
		a := ask(t, b, q)
		checkContract(t, []*corpus{c}, a)
		if a.Abstained || !strings.Contains(a.Text, "Guayaquil") {
			t.Errorf("%q: %q, want the prison's city answered", q, a.Text)
		}
		if !strings.HasPrefix(a.ReadAs, "where ") {
			t.Errorf("%q: read as %q, want a where-question", q, a.ReadAs)
		}
	}
}
