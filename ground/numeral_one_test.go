package ground

import (
	"strings"
	"testing"
)

// "One" before its noun is the numeral, bound to its noun as any number
// is: "one prison guard" where the passage has 15 prison guards and one
// civilian. The pronoun ("one of", "no one") is no number.
func TestNumeralOne(t *testing.T) {
	const st = " date 2023-07-26 STORY: Prison.\n\n" +
		"In Esmeraldas, 15 prison guards and 2 other staffers were held hostage at a local jail. " +
		"The attorney general's office said one civilian was hurt in a Molotov cocktail attack on its office.\n"
	for _, tt := range []struct{ claim, want string }{
		{`One prison guard was hurt in a Molotov cocktail attack [1].`, `number "1" is not said of "prison"`},
		{`One civilian was hurt in a Molotov cocktail attack [1].`, ""},
		{`One of the prison guards held hostage was in Esmeraldas [1].`, ""},
	} {
		if got := droppedFor(verdictOn(t, st, tt.claim)); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}
