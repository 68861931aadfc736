package ground

import (
	"strings"
	"testing"
)

// A claim's "he" means the person the claim before named as a passive's
// doer ("the death toll was raised by Guillermo Rodriguez, the general
// director of the SNAI. He raised it from 18 to 31"), as it means one the
// claim opened with: his deed is then read as his, and a deed the passage
// gives another ("Ecuador's attorney general on Tuesday raised the death
// toll") is not. Not when the claim names another person before "by"
// (either may be "he"), nor when the passage gives him the deed.
func TestPassiveAgentAntecedent(t *testing.T) {
	const st = " date 2023-07-26 STORY: Town news.\n\nEcuador’s attorney general on Tuesday raised the death toll from the violence from 18 to 31. Guillermo Rodriguez is the general director of Ecuador’s prison authority, the SNAI. Guillermo Rodriguez on Wednesday ordered the transfer of 40 inmates."
	for _, c := range []struct {
		reply string
		want  string // the reason's words for the "he" claim, or "" when kept
	}{
		{"The toll was reported by Guillermo Rodriguez, the general director of the SNAI [1]. He raised it from 18 to 31 on Tuesday [1].", "not said of it"},
		{"The transfer was ordered by Guillermo Rodriguez, the general director of the SNAI [1]. He ordered the transfer of 40 inmates on Wednesday [1].", ""},
		{"Officials said the transfer was ordered by Guillermo Rodriguez [1]. He raised it from 18 to 31 on Tuesday [1].", "not said of it"},
	} {
		v := verdictOn(t, st, c.reply)
		got := ""
		for _, d := range v.Dropped {
			if strings.HasPrefix(d.Claim, "He ") {
				got = d.Reason
			}
		}
		if (c.want == "") != (got == "") || !strings.Contains(got, c.want) {
			t.Errorf("%q: the he-claim dropped for %q, want %q", c.reply, got, c.want)
		}
	}
	// another person named before "by": "he" may be either
	if who := agentName(strings.Fields("President Guillermo Lasso said the toll was raised by Rodriguez"), map[string]capital{"rodriguez": {}, "lasso": {}}); who.name != "" {
		t.Errorf("agentName after another's name = %q, want none", who.name)
	}
	// a day after a passive's "by" is a deadline, no doer
	if who := agentName(strings.Fields("the transfer was ordered by Tuesday"), map[string]capital{"tuesday": {}}); who.name != "" {
		t.Errorf("agentName of a deadline = %q, want none", who.name)
	}
	if who := agentName(strings.Fields("the toll was raised by Guillermo Rodriguez, the SNAI director"), map[string]capital{"rodriguez": {}}); who.name != "Guillermo Rodriguez" {
		t.Errorf("agentName = %q, want Guillermo Rodriguez", who.name)
	}
}

// An absence claim that the passages don't say what a deed in the
// passive took ("what was seized from the prison") is said after all by
// a sentence holding the deed and the rest of its topic; one topic word
// alone ("what was seized") is too little to judge, a topic the sentence
// lacks ("from the port") is not said, and "what was" before no deed
// ("what was the reason") asks no deed's thing.
func TestAbsenceOfPassiveThing(t *testing.T) {
	const p = "Footage showed automatic weapons and ammunition seized from inside the prison. The army said the operation was a success."
	runEdgeCases(t, []edgeCase{
		{"seized from the prison", p, "The passages don't say what was seized from the prison.", "absence"},
		{"were seized", p, "The passages do not say what weapons were seized from the prison.", "absence"},
		{"a common deed", "Soldiers found weapons and ammunition inside the prison.", "The passages don't say what was found inside the prison.", "absence"},
		{"left open", "Police have not said what was found inside the prison.", "The passages don't say what was found inside the prison.", ""},
		{"an attempt", "Soldiers tried to seize weapons inside the prison.", "The passages don't say what was seized inside the prison.", ""},
		{"one word", p, "The passages don't say what was seized.", ""},
		{"another place", p, "The passages don't say what was seized from the port.", ""},
		{"no deed", "Officials spoke of the cause of the fire at the prison and of the damage.", "The passages don't say what was the cause of the fire.", ""},
	})
}

// A quoting marker its model left open at the end of its line is closed
// there, with or without its closing quotation mark; one closed, or one
// with more text after it on its line, is left as it is.
func TestOpenQuoteMarker(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`Held at a jail [1: "were held hostage at a local jail."`, `Held at a jail [1: "were held hostage at a local jail."]`},
		{`Held at a jail [1: “were held hostage at a local jail.”  `, `Held at a jail [1: "were held hostage at a local jail."]`},
		{`Held at a jail [1: "were held hostage` + "\nNext line [2].", `Held at a jail [1: "were held hostage"]` + "\nNext line [2]."},
		{`Held at a jail [1: "were held hostage"]`, `Held at a jail [1: "were held hostage"]`},
		{`Held at a jail [1: "were held" and then more`, `Held at a jail [1: "were held" and then more`},
	} {
		if got := normalizeMarkers(c.in, 5); got != c.want {
			t.Errorf("normalizeMarkers(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// A rounding of a number the passage gives only as a bound ("about 40
// cargo ships" of "more than forty cargo ships") may fall on the bound's
// wrong side; a rounding of a rounding, of a flat number, or the bound
// kept, passes.
func TestRoundingOfBound(t *testing.T) {
	runEdgeCases(t, []edgeCase{
		{"about of more than", "More than forty cargo ships are waiting off the coast.", "About 40 cargo ships are waiting off the coast [1].", "precision"},
		{"around of nearly", "Nearly 40 cargo ships are waiting off the coast.", "Around 40 cargo ships are waiting off the coast [1].", "precision"},
		{"about of about", "About forty cargo ships are waiting off the coast.", "Around 40 cargo ships are waiting off the coast [1].", ""},
		{"about of flat", "Forty cargo ships are waiting off the coast.", "About 40 cargo ships are waiting off the coast [1].", ""},
		{"bound kept", "More than forty cargo ships are waiting off the coast.", "More than 40 cargo ships are waiting off the coast [1].", ""},
		{"rounding and bound", "More than forty cargo ships are waiting. About forty cargo ships carry fruit.", "About 40 cargo ships are waiting [1].", ""},
		{"flat and bound", "More than forty cargo ships are waiting. Forty cargo ships are from Peru.", "About 40 cargo ships are waiting [1].", ""},
	})
}

// A claim denying what a passage states before a contrasting "not"
// ("this is a national issue, not something concerning a single
// institution") denies the passage: the "not" reaches only what follows
// it. Denying what follows it is faithful; a "not" before the term, or a
// "not" after an auxiliary (a verb's denial, which may reach back), leaves
// the claim to the other rules.
func TestContrastingNot(t *testing.T) {
	const p = "We have been working closely together as this is a national issue, not something concerning a single institution."
	runEdgeCases(t, []edgeCase{
		{"flip", p, "He said it was not a national issue [1].", "negation"},
		{"faithful", p, "He said it did not concern a single institution [1].", ""},
		{"not before", "The mayor did not call it a national issue.", "He said it was not a national issue [1].", ""},
		{"auxiliary before", "This is a national issue and is not the guards' fault.", "He said it was not a national issue [1].", ""},
	})
}

// "The same day" is read as the weekday it points back to: the last one
// before it in the claim, else the last the claims before it named; left
// as written when none came before.
func TestSameDay(t *testing.T) {
	for _, c := range []struct{ claim, prev, want string }{
		{"Lasso declared a state of emergency the same day.", "Sunday", "Lasso declared a state of emergency on Sunday."},
		{"The toll was raised on Tuesday, the same day the prison was retaken.", "Sunday", "The toll was raised on Tuesday, on Tuesday the prison was retaken."},
		{"Lasso declared it on that same day.", "monday", "Lasso declared it on monday."},
		{"Lasso declared it the same day.", "", "Lasso declared it the same day."},
		{"Lasso declared it the same way.", "Sunday", "Lasso declared it the same way."},
	} {
		if got := sameDay(c.claim, c.prev); got != c.want {
			t.Errorf("sameDay(%q, %q) = %q, want %q", c.claim, c.prev, got, c.want)
		}
	}
	const st = " date 2023-07-26 STORY: Town news.\n\nOn Monday, President Guillermo Lasso declared a state of emergency in the provinces of Manabi and Los Rios, after the mayor of the city of Manta was shot dead on Sunday."
	v := verdictOn(t, st, "The mayor of Manta was shot dead on Sunday [1]. President Lasso declared a state of emergency in Manabi the same day [1].")
	if !strings.Contains(droppedFor(v), "day") {
		t.Errorf("the same day as the shooting: dropped for %q, want the day rule (Lasso declared it on Monday)", droppedFor(v))
	}
	v = verdictOn(t, st, "The mayor of Manta was shot dead on Sunday [1]. Lasso declared a state of emergency in Manabi the next day [1].")
	if r := droppedFor(v); r != "" {
		t.Errorf("the next day: dropped for %q, want kept", r)
	}
}

// The word a claim sets before a title ("labour minister Ricardo Solis")
// must be the passage's where it gives him the title with a word of its
// own beside his name ("transport minister, Ricardo Solis"; "Ricardo
// Solis, the transport minister"); the same word, a word of standing
// ("current President"), a nationality of a place the sentence names, or
// a word the naming sentence holds passes; another sentence's "labour
// minister" is another's post.
func TestTitleModifier(t *testing.T) {
	const before = "Chile’s transport minister, Ricardo Solis, said on Wednesday the government would not intervene."
	const after = "Ricardo Solis, the transport minister, said on Wednesday the government would not intervene."
	const lasso = "On Monday, current President Guillermo Lasso declared a state of emergency."
	runEdgeCases(t, []edgeCase{
		{"another post", before, "Labour minister Ricardo Solis said the government would not intervene [1].", "transport minister"},
		{"another post, title after the name", after, "Interior minister Ricardo Solis said the government would not intervene [1].", "transport minister"},
		{"the same post", before, "Transport minister Ricardo Solis said the government would not intervene [1].", ""},
		{"a nationality", before, "Chilean minister Ricardo Solis said the government would not intervene [1].", ""},
		{"a word of standing", lasso, "Ecuadorian President Guillermo Lasso declared a state of emergency [1].", ""},
		{"the claim's word in the sentence", "Chile’s transport minister, Ricardo Solis, said on Wednesday the labour dispute was private.", "Labour minister Ricardo Solis said the dispute was private [1].", ""},
		{"another's post in another sentence", "The labour minister spoke first. Chile’s transport minister, Ricardo Solis, spoke on Wednesday.", "Labour minister Ricardo Solis spoke on Wednesday [1].", "transport minister"},
	})
}

// A denial of what the passage never tells is no less one with its
// speaker after it ("No inmates escaped, police said"), where the
// speaker's words are no part of what is denied; talk about the passages
// ("No escape is reported, the story just says") stays no fact.
func TestDenialWithTrailingSpeaker(t *testing.T) {
	const p = "Police said 14 inmates had been taken to hospital in Guayaquil with gunshot and stab wounds."
	runEdgeCases(t, []edgeCase{
		{"speaker after", p, "No inmates escaped, police said [1].", "negation"},
		{"speaker before", p, "Police said no inmates escaped [1].", "negation"},
		{"a denial the passage holds", "Police said no inmates escaped.", "No inmates escaped, police said [1].", ""},
		{"the passage's own talk", p, "No escape is reported, the story just says [1].", ""},
	})
}

// A claim denying that something is being done ("who is not running in
// next month's election") denies a deed no cited passage speaks of, as
// one in the perfect or the passive does; a denial of a deed the passage
// tells is left to the other rules.
func TestDeniedProgressive(t *testing.T) {
	const p = "This latest surge of prison violence comes during campaigning for presidential elections next month."
	runEdgeCases(t, []edgeCase{
		{"not running", p, "Lasso is not running in next month's election [1].", "negation"},
		{"running told", "Lasso is not running in next month's presidential elections.", "Lasso is not running in next month's election [1].", ""},
	})
}

// "Up to 31" after a verb that moves a figure ("revised the toll up to
// 31", "raised the death toll up to 31") is where the figure went, no
// bound; "up to 31 people" with no such verb ("up to 31 people may have
// died") still is one.
func TestUpToAfterMove(t *testing.T) {
	const p = "Ecuador’s attorney general on Tuesday raised the death toll from the violence from 18 to 31."
	runEdgeCases(t, []edgeCase{
		{"revised up to", p, "The attorney general on Tuesday revised the toll up to 31 from 18 [1].", ""},
		{"raised up to", p, "The attorney general raised the death toll up to 31 [1].", ""},
		{"a bound", p, "Up to 31 people died in the violence [1].", "precision"},
	})
}

// A phrasal verb of not doing a thing ("would stay out of it", "hold
// off") keeps the denial of the quote it restates ("would not
// intervene"); a claim with none of it still drops that denial.
func TestKeepingOutKeepsDenial(t *testing.T) {
	const q = `[1: "the government would not intervene in what he called a private dispute"]`
	for _, c := range []struct {
		claim string
		drops bool
	}{
		{"The government would stay out of what he called a private dispute " + q + ".", false},
		{"The government would hold off in what he called a private dispute " + q + ".", false},
		{"The government would intervene in what he called a private dispute " + q + ".", true},
	} {
		body := claimBody(c.claim, findGroups(c.claim))
		if got := droppedNegation(body, findGroups(c.claim)) != ""; got != c.drops {
			t.Errorf("%q: drops the denial %v, want %v", c.claim, got, c.drops)
		}
	}
}
