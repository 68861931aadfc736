package ground

import "testing"

// Review 30: edge cases of the rules this session changed in ground:
// backingRE and withinRE (details set apart), signOffRE (a well-wishing
// sentence is filler), consequenceRE (an absence claim cut before its
// "so ..." conclusion) and numberAt's gate. Written by a reviewer from the
// diff; each want is what a careful reader of the passage decides. 23 of
// 41 failed at first; 20 mended (a one-word backing or one after a
// figure, a backing phrase cut at a preposition, "within the hour", "a
// year", "its first hours", sign-offs of several wishes or with "please",
// "hope you", Spanish ones, the conclusion after "—so", "meaning", "and
// therefore", "which is why" and in brackets). Open: a backing of two
// things one of which the passage holds ("backed by armored vehicles and
// helicopters" passes on the vehicles); "within hours" passing on a
// passage's "opening hours" (the word, not its sense); an absence claim
// of one word of its own ("don't mention the union, so I can't say who
// leads it") is too short to test against the passage, as before.

func TestReview30Backing(t *testing.T) {
	const op = "Soldiers and police retook the prison on Tuesday in an operation. Armored vehicles surrounded the prison. Volunteers helped rescue workers look for survivors in the rubble."
	const visit = "President Guillermo Lasso and Interior Minister Juan Zapata visited the prison on Wednesday. They spoke to the guards."
	runEdgeCases(t, []edgeCase{
		{"one-word backing not held", op, "Soldiers retook the prison on Tuesday, backed by helicopters [1].", "helicopters"},
		// the passage holds the count ("two"), not what was counted
		{"counted backing not held", "Soldiers retook the prison on Tuesday. Two armored vehicles surrounded the prison.", "Soldiers retook the prison on Tuesday, backed by two helicopters [1].", "helicopters"},
		{"backing held in British spelling", op, "Soldiers retook the prison on Tuesday, backed by armoured vehicles [1].", ""},
		{"backing phrase running past in", op, "Soldiers retook the prison, backed by the navy in the operation [1].", "navy"},
		{"assisted with a task the passage tells", op, "Volunteers assisted with the search for survivors in the rubble [1].", ""},
		{"accompanied by a named official", visit, "President Guillermo Lasso, accompanied by Interior Minister Juan Zapata, visited the prison on Wednesday [1].", ""},
		{"accompanied by one unsaid word", visit, "President Guillermo Lasso visited the prison on Wednesday, accompanied by his wife [1].", "wife"},
		{"escorted to a place, the escort held", "Police took the wounded guards to a hospital in Guayaquil.",
			"The wounded guards were escorted by police to a hospital in Guayaquil [1].", ""},
		{"political support held", "The bill passed on Tuesday. Most lawmakers voted for it.",
			"The bill, supported by most lawmakers, passed on Tuesday [1].", ""},
	})
}

func TestReview30Within(t *testing.T) {
	runEdgeCases(t, []edgeCase{
		{"numeral span, unit not held", "Guards were freed 48 days after the riot.", "Guards were freed within 48 hours of the riot [1].", "hour"},
		{"within the hour", "Police reached the prison on Tuesday after the riot began.", "Police reached the prison within the hour [1].", "hour"},
		{"weeks for days", "Guards were freed within days of the riot.", "Guards were freed within weeks of the riot [1].", "weeks"},
		{"within an hour of an hour after", "Police arrived at the prison an hour after the first shots.", "Police arrived at the prison within an hour of the first shots [1].", ""},
		{"within minutes of minutes later", "Medics reached the wounded minutes later.", "Medics reached the wounded within minutes [1].", ""},
		{"within a year", "The government promised to build a new prison. Work began in March.", "The government promised to build a new prison within a year [1].", "year"},
		{"within its first hours", "The new government took office on Monday. It freed the guards on Friday.", "The new government freed the guards within its first hours [1].", "hours"},
		{"within two days of two weeks", "Guards were freed two weeks after the riot.", "Guards were freed within two days of the riot [1].", "day"},
		{"sentence-opening Within", "Soldiers retook the prison on Tuesday.", "Within hours, soldiers retook the prison [1].", "hours"},
	})
}

const review30Strike = " date 2023-08-14 STORY: Dock strike.\n\nA previous strike at the port in 2021 lasted 11 days. The current strike started on Thursday."

func TestReview30SignOff(t *testing.T) {
	for _, c := range []struct {
		name, closing string
		kept          bool // the closing line kept, nothing dropped
	}{
		{"stay safe, everyone", "Stay safe, everyone!", true},
		{"two wishes", "Stay safe and take care!", true},
		{"hope you stay safe", "Hope you stay safe!", true},
		{"please stay safe", "Please stay safe.", true},
		{"Spanish un saludo", "Un saludo.", true},
		{"Spanish que tengan un buen día", "¡Que tengan un buen día!", true},
		{"emoji after the wish", "Stay safe out there 🙏", true},
		{"good luck to those affected", "Good luck to everyone affected by the strike!", true},
		{"have a great day ahead", "Have a great day ahead!", true},
		{"a wish with a fact after it", "Stay safe: the port is closed until Monday.", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			reply := "The current strike started on Thursday [1].\n\n" + c.closing
			v := verdictOn(t, review30Strike, reply)
			if kept := len(v.Dropped) == 0; kept != c.kept {
				t.Errorf("%q: dropped %v, want the closing line kept %v", reply, v.Dropped, c.kept)
			}
		})
	}
}

func TestReview30Consequence(t *testing.T) {
	const union = " date 2023-08-14 STORY: Dock strike.\n\nThe dockers' union called the strike on Thursday. The port has been closed since then."
	for _, c := range []struct {
		name, story, reply string
		dropped            bool
	}{
		{"em dash without spaces", review30Strike, "The passages don't mention any previous strikes at the port—so I can't say how long the last one lasted.", true},
		{"meaning", review30Strike, "The passages don't mention any previous strikes at the port, meaning I can't say how long the last one lasted.", true},
		{"and therefore without a comma", review30Strike, "The passages don't mention any previous strikes at the port and therefore I can't say how long the last one lasted.", true},
		{"which is why", review30Strike, "The passages don't mention any previous strikes at the port, which is why I can't say how long the last one lasted.", true},
		{"conclusion in brackets", review30Strike, "The passages don't mention any previous strikes at the port (so I can't say how long the last one lasted).", true},
		{"airport, truly missing", review30Strike, "The passages don't mention any strikes at the airport, so I can't say whether the port strike is related.", false},
		{"how long the current one lasts, truly missing", review30Strike, "The passages don't say how long the current strike at the port will last, so I can't give an end date.", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			v := verdictOn(t, c.story, c.reply)
			if dropped := len(v.Dropped) > 0; dropped != c.dropped {
				t.Errorf("%q: dropped %v, want dropped %v", c.reply, v.Dropped, c.dropped)
			}
		})
	}
}

func TestReview30NumberWords(t *testing.T) {
	runEdgeCases(t, []edgeCase{
		{"words for digits", "12,000 containers were stuck at the port.", "Twelve thousand containers were stuck at the port [1].", ""},
		{"fifteen hundred for 1,500", "About 1,500 workers joined the strike.", "About fifteen hundred workers joined the strike [1].", ""},
		{"fifteen thousand for 1,500", "About 1,500 workers joined the strike.", "About fifteen thousand workers joined the strike [1].", "number"},
	})
}
