package ground

import "testing"

// What a claim says backed a deed ("backed by helicopters") and how soon
// it says the deed was done ("within hours") are details set apart: the
// cited passage must hold a word of them. Held ones pass, and so does a
// claim without such a phrase.
func TestBackingAndWithinDetails(t *testing.T) {
	const p = "Thousands of soldiers and police officers retook the prison on Tuesday. Soldiers were backed by armored vehicles. Guards were freed within days of the riot."
	runEdgeCases(t, []edgeCase{
		{"backing not held", p, "Soldiers retook the prison, backed by helicopters and drones [1].", "helicopters"},
		{"backing held", p, "Soldiers retook the prison, backed by armored vehicles [1].", ""},
		{"supported with, not held", p, "Police retook the prison supported with air strikes [1].", "air"},
		{"how soon not held", p, "Soldiers and police retook the prison within hours of the operation starting [1].", "hours"},
		{"how soon with a few, not held", p, "Soldiers retook the prison within a few hours [1].", "hours"},
		{"how soon held", p, "Guards were freed within days of the riot [1].", ""},
		{"within a place", p, "Soldiers retook the prison and searched within the cellblocks [1].", ""},
		{"within reach, no time", p, "Guards were freed within reach of the prison on Tuesday [1].", ""},
		{"no detail", p, "Soldiers and police retook the prison on Tuesday [1].", ""},
	})
}

// A sentence that only wishes the reader well ("Stay safe out there!",
// "¡Cuídense!") is filler, kept without a citation; one that says more
// is a claim and needs one.
func TestSignOffIsFiller(t *testing.T) {
	const st = " date 2023-08-14 STORY: Dock strike.\n\nA previous strike at the port in 2021 lasted 11 days. The current strike started on Thursday."
	for _, c := range []struct {
		reply string
		kept  bool // the closing line kept, nothing dropped
	}{
		{"The current strike started on Thursday [1].\n\nStay safe out there!", true},
		{"The current strike started on Thursday [1].\n\nTake care.", true},
		{"The current strike started on Thursday [1].\n\n¡Cuídense!", true},
		{"The current strike started on Thursday [1].\n\nHave a great day!", true},
		{"The current strike started on Thursday [1].\n\nStay safe, the port is closed!", false},
		{"The current strike started on Thursday [1].\n\nStay away from the port.", false},
	} {
		v := verdictOn(t, st, c.reply)
		if kept := len(v.Dropped) == 0; kept != c.kept {
			t.Errorf("%q: dropped %v, want the closing line kept %v", c.reply, v.Dropped, c.kept)
		}
	}
}

// An absence claim's own conclusion after "so" ("so I can't say how long
// the last one lasted") is no part of what it says is missing: a passage
// holding the part before it says what the claim says it doesn't. A
// passage holding neither part leaves the claim standing.
func TestAbsenceConclusionCut(t *testing.T) {
	const st = " date 2023-08-14 STORY: Dock strike.\n\nA previous strike at the port in 2021 lasted 11 days. The current strike started on Thursday."
	for _, c := range []struct {
		reply   string
		dropped bool
	}{
		{"The passages don't mention any previous strikes at the port, so I can't say how long the last one lasted.", true},
		{"The passages don't mention any previous strikes at the port; therefore the length of the last one is unknown.", true},
		{"The passages don't mention any previous strikes at the port.", true},
		{"The passages don't mention any strikes at the airport, so I can't say how long they lasted.", false},
		{"The passages don't mention the union's leader, so I can't name her.", false},
	} {
		v := verdictOn(t, st, c.reply)
		if dropped := len(v.Dropped) > 0; dropped != c.dropped {
			t.Errorf("%q: dropped %v, want dropped %v", c.reply, v.Dropped, c.dropped)
		}
	}
}

// An outcome a claim tells of a count must be told of that count: the
// sentence holding the figure holds the outcome. Not a verb of another
// clause after the count, not a year or a span, and a figure no sentence
// holds is left to the number rules.
func TestCountedOutcome(t *testing.T) {
	const p = "The attorney general on Tuesday raised the death toll from the violence from 18 to 31. At least 14 inmates had been taken to hospital with gunshot and stab wounds. In Esmeraldas 15 prison guards were held hostage. Two workers were killed in separate accidents in March. Soldiers blasted their way into 3 cellblocks, and they retook the prison. Police released footage. In 2021, gangs killed hundreds of inmates."
	runEdgeCases(t, []edgeCase{
		{"died of the hospital count", p, "14 more inmates died in hospital [1].", `does not say "died" of the 14`},
		{"died of the hostages", p, "15 prison guards died [1].", `does not say "died" of the 15`},
		{"held outcome of the count", p, "15 prison guards were held hostage [1].", ""},
		{"wounds of the count", p, "14 inmates were wounded [1].", ""},
		{"death of the toll", p, "The toll rose to 31 dead [1].", ""},
		{"life idiom of the count", p, "Two workers lost their lives in separate accidents in March [1].", ""},
		{"another clause's verb", p, "Soldiers blasted their way into 3 cellblocks and retook the prison [1].", ""},
		{"a setting after the count", p, "The toll was raised to 31 on Tuesday, and police released footage [1].", ""},
		{"a year", p, "In 2021, gangs killed hundreds of inmates [1].", ""},
		{"a year opening a noun", "The worst riots were in 2021. Those riots killed 119 inmates.", "The 2021 riots killed 119 inmates [1].", ""},
		{"a computed figure", p, "The toll rose by 13, so 13 more people died [1].", ""},
	})
}

// A motive of sway over others ("to influence the election", "try to
// pressure candidates") must be the passage's too: by the verb, one of
// its synonyms, or a word of purpose. Not a plain infinitive of another
// verb, and not a motive the passage gives.
func TestMotivePurpose(t *testing.T) {
	const p = "This latest surge of prison violence comes during campaigning for presidential elections next month. Some candidates have pledged prison reforms."
	const held = "Gangs attacked the prison to intimidate the authorities, officials said. Gangs have tried to frighten voters before the election. Gangs try to win control of the prisons."
	runEdgeCases(t, []edgeCase{
		{"influence not given", p, "Gangs are using the violence to influence next month's election [1].", `"to influence"`},
		{"pressure not given", "Gangs fought in the prison before the election. Candidates spoke.", "Gangs fought in the prison to pressure candidates before the election [1].", `"to pressure"`},
		{"intimidate not given", p, "The violence surged to intimidate candidates [1].", `"to intimidate"`},
		{"motive given", held, "Gangs attacked the prison to intimidate the authorities, officials said [1].", ""},
		{"a synonym given", held, "Gangs have tried to scare voters before the election [1].", ""},
		{"no motive verb", p, "Some candidates have pledged to reform the prisons [1].", ""},
	})
}

// "An earlier strike" is "a previous strike": an absence claim saying the
// passages mention no earlier strike is false where one mentions a
// previous one; it stands where none does.
func TestAbsencePriorWords(t *testing.T) {
	const st = " date 2023-08-14 STORY: Dock strike.\n\nA previous strike at the port of Valparaiso in 2021 lasted 11 days. The current strike started on Thursday."
	const none = " date 2023-08-14 STORY: Dock strike.\n\nThe strike at the port of Valparaiso started on Thursday. Ships waited outside."
	for _, c := range []struct {
		st, reply string
		dropped   bool
	}{
		{st, "The passages don't mention any earlier strike at the port of Valparaiso.", true},
		{st, "The passages don't mention any prior strikes at the port of Valparaiso.", true},
		{none, "The passages don't mention any earlier strike at the port of Valparaiso.", false},
	} {
		v := verdictOn(t, c.st, c.reply)
		if dropped := len(v.Dropped) > 0; dropped != c.dropped {
			t.Errorf("%q: dropped %v, want dropped %v", c.reply, v.Dropped, c.dropped)
		}
	}
}
