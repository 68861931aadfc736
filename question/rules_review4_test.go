package question

import "testing"

// "which hour" asks when, as "what hour" does; "what hourly wage" asks no
// time at all.
func TestWhichHourIsATimeQuestion(t *testing.T) {
	for _, q := range []string{"which hour does the curfew in duran start", "which hours does the curfew cover", "what hour do the polls close"} {
		if got := Classify(q); got != Time {
			t.Errorf("Classify(%q) = %v, want time", q, got)
		}
	}
	for _, q := range []string{"what hourly wage do the guards earn", "how many hours did the siege last"} {
		if got := Classify(q); got == Time {
			t.Errorf("Classify(%q) = time", q)
		}
	}
}

// "12 of these" points back as "12 of them" does, in a headline's
// capitals too; a number with "them"
// two words on but no "of" between counts nothing; a passage cut after
// "31 of" is no count and no crash.
func TestCountOfThemEdges(t *testing.T) {
	counted := Counted("how many of the escapees got caught")
	for txt, want := range map[string]bool{
		"Police caught 12 of these by Friday.":   true,
		"Guards recaptured 31 of them.":          true,
		"Guards Recapture 31 of Them in Kaduna":  true, // a headline
		"The army sent 200 after them.":          false,
		"Guards had recaptured 31 of":            false,
		"Police arrested 12 of one gang.":        false,
		"Police said one of those who fled died": false,
	} {
		if got := CountNear(txt, counted); got != want {
			t.Errorf("CountNear(%q) = %v, want %v", txt, got, want)
		}
	}
}

// Every form of a stretch after a count in its clause: number words and
// single digits, "since January", weeks, "during", "previous", "in recent
// years"; a stretch in the next clause after a semicolon is not the
// count's.
func TestOverPeriodForms(t *testing.T) {
	for txt, want := range map[string]bool{
		"Seven inmates have died in prison clashes in the past two years.":                    true,
		"5 guards have been killed since 2020.":                                               true,
		"Twelve inmates have died since January.":                                             true,
		"Nine guards were killed in the past three weeks.":                                    true,
		"Four mayors have been killed in recent years.":                                       true,
		"Eight inmates died during the past year.":                                            true,
		"Ten inmates died in the previous two years.":                                         true,
		"Police said 12 died on Tuesday; riots have shaken prisons in the past two years.":    false,
		"Police said 12 died on Tuesday (riots have shaken prisons in the past two years).":   false,
		"Riots have shaken prisons in the past two years.":                                    false,
		"The riot on Tuesday killed 12 inmates, police said. It was the worst since January.": false,
	} {
		if got := OverPeriod(txt); got != want {
			t.Errorf("OverPeriod(%q) = %v, want %v", txt, got, want)
		}
	}
}

// A question asks over a stretch of time by any of its forms; one about an
// event does not.
func TestAsksOverPeriodForms(t *testing.T) {
	for q, want := range map[string]bool{
		"how many inmates died over the past two years":   true,
		"how many inmates died during the past two years": true,
		"how many inmates have died in total":             true,
		"how many prisoners have ever escaped":            true,
		"how many have died since the riot began":         true,
		"how many have been killed altogether":            true,
		"how many inmates have died in recent years":      true,
		"how many died in the riot on monday":             false,
		"how many guards were taken hostage in the siege": false,
		"how many inmates escaped from the prison":        false,
	} {
		if got := AsksOverPeriod(q); got != want {
			t.Errorf("AsksOverPeriod(%q) = %v, want %v", q, got, want)
		}
	}
}
