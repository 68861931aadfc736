package ground

import "testing"

// A hedge in the sentence a claim quotes is the model's own evidence
// hedging: the claim that states it as fact is read against that
// sentence, though another sentence (the one its "That declaration"
// refers back to) holds more of its words. Keeping the hedge passes, and
// a quote of a sentence that hedges nothing is no hedge dropped.
func TestQuotedSentenceHedgeStays(t *testing.T) {
	const p = "The operation came after the government announced a 60-day state of emergency for the country's prisons. That declaration seemed to set off violence in the city of Esmeraldas, where 15 prison guards were held hostage at a local jail."
	runEdgeCases(t, []edgeCase{
		{name: "hedge dropped", passage: p,
			claim: `The violence in Esmeraldas was set off by the government's announcement of a 60-day state of emergency for the country's prisons [1: "That declaration seemed to set off violence in the city of Esmeraldas"].`,
			want:  "modality"},
		{name: "hedge kept", passage: p,
			claim: `The violence in Esmeraldas seemed to be set off by the government's announcement of a 60-day state of emergency for the country's prisons [1: "That declaration seemed to set off violence in the city of Esmeraldas"].`},
		{name: "unhedged sentence quoted", passage: "The operation came after the government announced a 60-day state of emergency for the country's prisons. That declaration set off violence in the city of Esmeraldas, where 15 prison guards were held hostage at a local jail.",
			claim: `The violence in Esmeraldas was set off by the government's announcement of a 60-day state of emergency for the country's prisons [1: "That declaration set off violence in the city of Esmeraldas"].`},
	})
}

// A claim's own quote that hedges ("could rot on the docks") may not be
// stated as fact beside it ("are rotting"), though only one content word
// of the claim sits under the hedge; a claim that keeps a hedge in its own
// words, or a warning, passes, and so does a claim sharing only a word the
// hedge does not reach.
func TestClaimQuoteHedgeStays(t *testing.T) {
	const p = "Fruit exporters warned that cherries and grapes could rot on the docks if the stoppage lasted more than a week. The union said the strike would go on.\n"
	q := ` [1: "Fruit exporters warned that cherries and grapes could rot on the docks"].`
	runEdgeCases(t, []edgeCase{
		{"hedge dropped", p, "Fruit exporters say cherries and grapes are rotting as the stoppage drags on" + q, "modality: the claim's quote hedges"},
		{"hedge kept", p, "Fruit exporters say cherries and grapes could spoil as the stoppage drags on" + q, ""},
		{"the same hedge", p, "Cherries and grapes could rot as the stoppage drags on" + q, ""},
		{"a warning", p, "Fruit exporters warned of cherries and grapes rotting as the stoppage drags on" + q, ""},
		{"no hedge in the quote", p, `The union said the strike would go on [1: "The union said the strike"].`, ""},
		{"past the hedge's reach", "Exporters said cherries could rot in warm storage sheds.\n", `Exporters kept cherries in sheds [1: "cherries could rot in warm storage sheds"].`, ""},
		{"could not", "Officials could not confirm the toll.\n", `Officials did not confirm the toll [1: "Officials could not confirm the toll"].`, ""},
		{"after the hedge's clause", "Cherries could rot while sheds fill up fast.\n", `The sheds fill up fast [1: "Cherries could rot while sheds fill up fast"].`, ""},
		{"beyond the hedge's clause", p, `Exporters spoke of the stoppage lasting more than a week [1: "could rot on the docks if the stoppage lasted more than a week"].`, ""},
	})
}

// A quote's hedge reaches to its clause's end: "could follow; the port
// closed" hedges no closing.
func TestClaimQuoteHedgeClause(t *testing.T) {
	g := []group{{quotes: []markQuote{{n: 1, q: "Shortages could follow; the port closed"}}}}
	if got := quotedHedgeRule("The port closed on Monday.", g); got != "" {
		t.Errorf("quotedHedgeRule = %q, want none: the hedge ends at the semicolon", got)
	}
	g = []group{{quotes: []markQuote{{n: 1, q: "The vote could also have been delayed"}}}}
	if got := quotedHedgeRule("The vote was delayed.", g); got == "" {
		t.Error("quotedHedgeRule = none, want the hedge reaching past its auxiliaries")
	}
	g = []group{{quotes: []markQuote{{n: 1, q: "the port could close"}}}}
	if got := quotedHedgeRule("The port closed on Monday.", g); got == "" {
		t.Error("quotedHedgeRule = none, want the hedge on the closing")
	}
}

// A claim restating its quote with another name in the name's place
// ("the city of Manta" quoting "in the city of Duran") gives the place
// its own evidence does not; the quote's own name, or a name the quote
// holds elsewhere, is no swap.
func TestClaimQuoteNameSwapped(t *testing.T) {
	const p = "On Monday, Lasso declared a state of emergency in the provinces of Manabi and Los Rios, and in the city of Duran, after the mayor of the city of Manta was shot dead.\n"
	q := ` [1: "in the provinces of Manabi and Los Rios, and in the city of Duran"].`
	runEdgeCases(t, []edgeCase{
		{"another name", p, "Lasso declared the emergency in Manabi and Los Rios and the city of Manta" + q, "quote: the claim restates its quote"},
		{"the quote's name", p, "Lasso declared the emergency in Manabi and Los Rios and the city of Duran" + q, ""},
		{"names apart", p, "On Monday Lasso declared an emergency in Duran" + q, ""},
		{"a lower-case word", p, "Lasso declared the emergency in Manabi and Los Rios and the city of gangs" + q, ""},
	})
	if nameSwapped([]string{"the", "city", "of", "manabi"}, []string{"provinces", "of", "manabi", "and", "the", "city", "of", "duran"}, 3, 7, "the city of Manabi", "provinces of Manabi and the city of Duran") {
		t.Error("nameSwapped: a name the quote holds is a list read in another order, no swap")
	}
}

// A decimal point is no end of a quote's clause, and an accented name is
// read as the name it folds to.
func TestClaimQuoteSecondReview(t *testing.T) {
	runEdgeCases(t, []edgeCase{
		{"accented name", "Lasso declared a state of emergency in the provinces of Manabí and Los Ríos, and in the city of Durán, after the mayor of the city of Manta was shot dead.\n",
			`Lasso declared the emergency in Manabí and Los Ríos and the city of Manta [1: "in the provinces of Manabí and Los Ríos, and in the city of Durán"].`, "quote: the claim restates its quote"},
	})
}

// A decimal point is no end of a quote's clause: "could be 2.5 percent"
// hedges the percent.
func TestClaimQuoteHedgeDecimal(t *testing.T) {
	g := []group{{quotes: []markQuote{{n: 1, q: "growth could be 2.5 percent"}}}}
	if got := quotedHedgeRule("Growth was 2.5 percent.", g); got == "" {
		t.Error("quotedHedgeRule = none, want the hedge read across the decimal point")
	}
}
