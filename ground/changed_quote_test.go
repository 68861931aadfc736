package ground

import "testing"

// A claim that restates its quote word for word but puts an opposite in
// one word's place says the reverse of its own evidence; a word that is no
// opposite ("wave" for "surge"), a word left out, and a change with only
// stop words and numbers around it are left to the other rules.
func TestChangedQuoteWord(t *testing.T) {
	const p = "The union wants a 9 percent pay rise and two extra safety inspectors on every night shift. This latest surge of prison violence comes during campaigning for presidential elections next month. The mayor of the city of Manta was shot dead on Sunday."
	runEdgeCases(t, []edgeCase{
		{name: "day for night", passage: p,
			claim: `The union wants two extra safety inspectors on every day shift [1: "two extra safety inspectors on every night shift"].`,
			want:  "quote: the claim restates its quote with \"day\" for \"night\""},
		{name: "night kept", passage: p,
			claim: `The union wants two extra safety inspectors on every night shift [1: "two extra safety inspectors on every night shift"].`},
		{name: "a paraphrase, no opposite", passage: p,
			claim: `This latest wave of prison violence comes during campaigning for presidential elections [1: "This latest surge of prison violence comes during campaigning for presidential elections next month"].`},
		{name: "the same words in another order", passage: "The day shift and the night shift walked out on Tuesday.",
			claim: `The night shift and the day shift walked out on Tuesday [1: "The day shift and the night shift walked out"].`},
		// review: "come" for "go" is the teller's side; second review: a
		// particle's or another light verb's opposite is a fact's
		{name: "came for went", passage: "Thousands of people came out onto the streets of Quito on Sunday.",
			claim: `Thousands of people went out onto the streets of Quito on Sunday [1: "Thousands of people came out onto the streets of Quito on Sunday"].`},
		{name: "up for down", passage: "Fuel prices went down sharply on Monday.",
			claim: `Fuel prices went up sharply on Monday [1: "Fuel prices went down sharply on Monday"].`, want: `quote: the claim restates its quote with "up" for "down"`},
		{name: "give for take", passage: "The government will take land from farmers.",
			claim: `The government will give land to farmers [1: "The government will take land from farmers"].`, want: `quote: the claim restates its quote with "give" for "take"`},
		{name: "left for right", passage: "The right wing of the prison was retaken on Monday.",
			claim: `The left wing of the prison was retaken on Monday [1: "The right wing of the prison was retaken on Monday"].`, want: `quote: the claim restates its quote with "left" for "right"`},
		{name: "a word left out", passage: p,
			claim: `The mayor of Manta was shot dead on Sunday [1: "The mayor of the city of Manta was shot dead on Sunday"].`},
	})
	for _, tc := range []struct {
		claim, quote string
		want         bool
	}{
		{"the day of 9", "the night of 9", false},                                                     // nothing but stop words and a number around it
		{"the workers struck each day after the talks", "the workers struck each night shift", false}, // it goes on otherwise
		{"on every day shift", "on every night shift", true},
		{"rotas on every day shift here", "rules for every night shift now", false}, // one word each side: too little to restate
	} {
		c, q := changedQuoteWord(tc.claim+` [1: "`+tc.quote+`"]`, findGroups(tc.claim+` [1: "`+tc.quote+`"]`))
		if want := tc.want; (c != "") != want {
			t.Errorf("changedQuoteWord(%q of %q) = %q, %q; want a change: %v", tc.claim, tc.quote, c, q, want)
		}
	}
}
