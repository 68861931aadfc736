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
