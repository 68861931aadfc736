package question

import "testing"

// A toll told with its figure in one clause counts, however many words
// stand between them; a figure after the clause ends, or a "rose to" with
// no figure, does not.
func TestTollFigureCounts(t *testing.T) {
	toll := Counted("what was the death toll")
	for txt, want := range map[string]bool{
		"The death toll from a landslide that buried houses and vehicles in southern Peru rose to 36 on Tuesday.": true,
		"The death toll from the storm that hit the coast last week stood at about forty by Friday.":              true,
		"The death toll from the storm rose sharply, and 36 houses were destroyed.":                               false, // the figure counts houses, in another clause
		"The death toll from the landslide that buried the village rose to a record.":                             false,
		"The death toll from the floods that hit the north of the country climbed in 2021.":                       false, // a year, no figure
	} {
		if got := CountNear(txt, toll); got != want {
			t.Errorf("CountNear(%q, toll) = %v, want %v", txt, got, want)
		}
	}
}

// A sentence whose every count is of some of the dead tells how some died,
// no toll; one with a whole count too, or none of the dead, is no such.
func TestPartOfDeadOnly(t *testing.T) {
	for txt, want := range map[string]bool{
		"Two of the dead were killed when the adobe walls of their home collapsed.": true,
		"Three of the victims were children.":                                       true,
		"Two of the dead were children, and 14 people died in all.":                 false,
		"The quake killed four people.":                                             false,
		"Two of the guards were hurt.":                                              false,
		"No one died.":                                                              false,
	} {
		if got := PartOfDeadOnly(txt); got != want {
			t.Errorf("PartOfDeadOnly(%q) = %v, want %v", txt, got, want)
		}
	}
	for q, want := range map[string]bool{
		"how many people died in the loja earthquake": true,
		"what was the death toll":                     true,
		"how many of the dead were children":          false,
		"how many guards were taken hostage":          false,
	} {
		if got := AsksTollWhole(q); got != want {
			t.Errorf("AsksTollWhole(%q) = %v, want %v", q, got, want)
		}
	}
}

// A count of deaths in custody in the perfect is a tally kept over the
// time people are held, no event's toll; a question asking deaths in
// custody asks that tally.
func TestDeathsInCustodyOverPeriod(t *testing.T) {
	for txt, want := range map[string]bool{
		"Human rights groups say that at least 100 prisoners have died in custody.": true,
		"Two inmates have died in detention this year.":                             true,
		"At least 31 inmates died in the riot.":                                     false,
		"Officials said 12 prisoners were killed in the prison on Tuesday.":         false,
	} {
		if got := OverPeriod(txt); got != want {
			t.Errorf("OverPeriod(%q) = %v, want %v", txt, got, want)
		}
	}
	if !AsksOverPeriod("how many prisoners have died in custody in el salvador") {
		t.Error("a question of deaths in custody asks no tally over time")
	}
}
