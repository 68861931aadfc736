package ground

import (
	"strings"
	"testing"
)

// A cause given after "because" must be told in the passages, a cause of
// one word too: "because of overcrowding" where no passage speaks of
// crowding is invented, asked why or not. After "due to" or "owing to"
// one word the passages hold is enough ("due to external pressure" of
// "the pressure builds"; "sun exposure" of "exposed to sunshine"), as is
// most of a longer cause ("because they help in the regeneration"), and
// "because of this" has no words of its own.
func TestCauseNoPassageTells(t *testing.T) {
	const story = "Clashes between gangs here began on Saturday. The strike was called after two workers died in accidents at the port. " +
		"The pressure inside the melon builds until it bursts. Being exposed to sunshine will also increase your levels of vitamin D. Fire is the mechanism by which the forest is continually regenerated."
	for _, asked := range []string{"What caused the riot in Guayaquil?", "When did the clashes begin?"} {
		verdict := func(t *testing.T, storyText, claim string) Verdict { return verdictWith(t, storyText, asked, claim) }
		wantDrops(t, verdict, story, []dropCase{
			{"The clashes between gangs began on Saturday because of overcrowding [1].", true},
			{"The clashes between gangs began on Saturday due to overcrowding in the cellblocks [1].", true},
			{"The clashes between gangs began on Saturday owing to a power cut [1].", true},
			// the cause ends at its preposition: the clashes are another item
			{"The riot started because of overcrowding, with clashes between gangs beginning on Saturday [1].", true},
		})
	}
	// asked why, a cause told in the passage's words, or a derived one,
	// is reported (not asked why, the link rule wants the passage's link)
	verdict := func(t *testing.T, storyText, claim string) Verdict {
		return verdictWith(t, storyText, "Why was the strike called?", claim)
	}
	wantDrops(t, verdict, story, []dropCase{
		{"The strike was called because two workers died in accidents at the port [1].", false},
		{"The strike was called because two workers were killed [1].", false},
		{"Vitamin D levels rise due to sun exposure [1].", false},
		{"The melon bursts due to external pressure [1].", false},
		{"Fires matter because they help in the regeneration of the forest [1].", false},
		{"The strike was called because of this [1].", false},
		{"The strike was called because of low wages [1].", true},
	})
}

// A forecast the claim makes ("was expected to rise further", "is likely
// to last") needs a cited sentence holding its words that looks ahead
// ("will", "fear", "could", a chance of rain): else it is the model's
// own. "More likely to" compares; it foresees nothing.
func TestForecastNoPassageMakes(t *testing.T) {
	const story = "Ecuador's attorney general on Tuesday raised the death toll from the violence from 18 to 31. " +
		"A previous strike at the port in 2021 lasted 11 days. Exporters fear the cherries will rot if the stoppage lasts. " +
		"There is 39 percentage chance of rain and 10 mph winds from the North. Twins occur more often in women over 30."
	wantDrops(t, verdictOn, story, []dropCase{
		{"The attorney general raised the death toll from 18 to 31 and said it was expected to rise further [1].", true},
		{"The strike is expected to last about 11 days, like the previous one [1].", true},
		{"The death toll is likely to climb [1].", true},
		// the passage looks ahead to it
		{"Exporters say the cherries are expected to rot if the stoppage lasts [1].", false},
		{"Winds are expected to be 10 mph from the north [1].", false},
		// a comparison of likelihood
		{"Twins are more likely to occur in women over 30 [1].", false},
	})
}

// Who said it, when the claim names its speaker after an article and
// five more words ("A spokesperson for the prison authority said"), with
// "noted", or at its end (", according to the port operator"): the
// sentence saying what it says must be the speaker's. The speaker was
// left unread in all three and the words passed.
func TestSpeakerAtLengthOrAtTheEnd(t *testing.T) {
	const st = " date 2023-08-03 STORY: Port.\n\n" +
		"The port operator said the walkout had halted the loading of about 12,000 containers a day. " +
		"Two workers were killed in separate accidents at the port in March, according to the union. " +
		"A spokesperson for the Guayaquil city council said extra buses would run until midnight. " +
		"The prison authority said it would publish a list of the dead. " +
		"The union said the strike would continue until the operator agreed to a pay rise.\n"
	for _, tt := range []struct {
		claim string
		drop  bool
	}{
		{`Two workers were killed in separate accidents at the port in March, according to the port operator [1].`, true},
		{`Two workers were killed in separate accidents at the port in March, according to the union [1].`, false},
		{`A spokesperson for the prison authority said extra buses would run until midnight [1].`, true},
		{`A spokesperson for the city council said extra buses would run until midnight [1].`, false},
		{`The prison authority noted the strike would continue until the operator agreed to a pay rise [1].`, true},
		{`The union noted the strike would continue until the operator agreed to a pay rise [1].`, false},
	} {
		got := droppedFor(verdictOn(t, st, tt.claim))
		if (got != "") != tt.drop || tt.drop && !strings.Contains(got, "is said by another") {
			t.Errorf("%q: reason %q, want dropped %v as said by another", tt.claim, got, tt.drop)
		}
	}
}

// An item the question asks about, added to the list a passage gives, is
// an item the passage does not list ("Were explosives found?": "automatic
// weapons, ammunition and explosives" of footage of weapons and
// ammunition); saying the passages don't list it is faithful.
func TestAskedItemAddedToAList(t *testing.T) {
	const story = "Footage released by police showed automatic weapons and ammunition seized from inside the prison."
	verdict := func(t *testing.T, storyText, claim string) Verdict {
		return verdictWith(t, storyText, "Were explosives, grenades or drugs found in the prison?", claim)
	}
	wantDrops(t, verdict, story, []dropCase{
		{"Yes, police footage showed automatic weapons, ammunition and explosives seized from inside the prison [1].", true},
		{"Yes, police footage showed ammunition and drugs seized from inside the prison [1].", true},
		// two added side by side
		{"Yes, police footage showed automatic weapons, ammunition, grenades and explosives seized from inside the prison [1].", true},
		{"Police footage showed automatic weapons and ammunition seized from inside the prison [1].", false},
	})
}

// A passive deed given to a person by name ("raised ... by Guillermo
// Rodriguez") where the sentence telling of it has another person do it
// ("Ecuador's attorney general on Tuesday raised the death toll") is given
// to the wrong person, though the passage names him in its next
// sentence. The agent may stand far from its verb; a title after the
// name that is the doer's ("the director" of "the agency's director
// ordered") keeps it.
func TestPassiveDeedGivenToTheNextName(t *testing.T) {
	const story = "Ecuador's attorney general on Tuesday raised the death toll from the violence from 18 to 31. " +
		"Guillermo Rodriguez, the general director of Ecuador's prison authority, the SNAI, spoke to reporters. " +
		"The agency's director ordered the transfer of 200 inmates on Wednesday. " +
		"Ricardo Solis is the transport minister. Yesterday he lifted the ban on protests. " +
		"On Monday, President Guillermo Lasso also declared a state of emergency in the provinces."
	wantDrops(t, verdictOn, story, []dropCase{
		{"The death toll was raised from 18 to 31 on Tuesday by Guillermo Rodriguez [1].", true},
		{"The death toll was raised from 18 to 31 on Tuesday by Guillermo Rodriguez, the general director of Ecuador's prison authority [1].", true},
		{"The death toll was raised from 18 to 31 on Tuesday by the attorney general [1].", false},
		{"The transfer of 200 inmates was ordered by Guillermo Rodriguez, the director of the SNAI, on Wednesday [1].", false},
		// "he" is Solis; the capital opening the sentence is no doer
		{"The ban on protests was lifted by Ricardo Solis yesterday [1].", false},
	})
}

// A hedged cause ("seemed to set off violence") stated as fact in other
// causal words ("caused", "led to", Spanish "provocó") drops the hedge, as
// "triggered" did; keeping a hedge, or a passage that does not hedge,
// passes.
func TestHedgedCauseInOtherWords(t *testing.T) {
	verdict := func(t *testing.T, storyText, claim string) Verdict {
		return verdictWith(t, storyText, "Why was there violence in Esmeraldas?", claim)
	}
	const hedged = "That declaration seemed to set off violence in the city of Esmeraldas."
	wantDrops(t, verdict, hedged, []dropCase{
		{"The declaration caused the violence in Esmeraldas [1].", true},
		{"The declaration led to violence in Esmeraldas [1].", true},
		{"The declaration seemed to cause violence in Esmeraldas [1].", false},
		{"The declaration may have caused the violence in Esmeraldas [1].", false},
	})
	wantDrops(t, verdict, "That declaration set off violence in the city of Esmeraldas.", []dropCase{
		{"The declaration caused the violence in Esmeraldas [1].", false},
	})
	wantDrops(t, verdict, "The storm is believed to have caused the blackout in the city.", []dropCase{
		{"The storm led to the blackout in the city [1].", true},
		{"The blackout in the city happened because of the storm [1].", true},
	})
}

// An event dated by another's weekday ("on Monday ... the following day")
// has a weekday of its own: the passage's other weekday for that event
// gainsays it. A shift that lands on the passage's day passes.
func TestDayShiftedFromAnother(t *testing.T) {
	const story = "On Monday, President Lasso declared a state of emergency after the mayor of Manta was shot dead on Sunday. " +
		"Talks broke down on Wednesday evening and the strike began on Thursday."
	wantDrops(t, verdictOn, story, []dropCase{
		{"Lasso declared a state of emergency on Monday, and the mayor of Manta was shot dead the following day [1].", true},
		{"Lasso declared a state of emergency on Monday; the mayor of Manta was shot dead the day before [1].", false},
		{"The mayor of Manta was shot dead on Sunday, and Lasso declared a state of emergency the next day [1].", false},
		{"The strike began on Thursday and talks broke down the following day [1].", true},
		{"The strike began on Thursday; talks broke down a day earlier [1].", false},
	})
}

// A claim spreading over a place what the passages tell of one ("at
// ports across Chile" of "at the port of Valparaiso in Chile") widens
// them; a plural the passages hold, or a spread they draw themselves,
// passes.
func TestSpreadOverAPlace(t *testing.T) {
	const one = "Thousands of dockworkers walked off the job at the port of Valparaiso in Chile on Thursday."
	wantDrops(t, verdictOn, one, []dropCase{
		{"Thousands of dockworkers walked off the job at ports across Chile on Thursday [1].", true},
		{"Thousands of dockworkers walked off the job at ports throughout Chile on Thursday [1].", true},
		{"Thousands of dockworkers walked off the job at the port of Valparaiso in Chile on Thursday [1].", false},
	})
	const many = "Dockworkers walked off the job at ports across Chile on Thursday, starting at the port of Valparaiso."
	wantDrops(t, verdictOn, many, []dropCase{
		{"Dockworkers walked off the job at ports across Chile on Thursday [1].", false},
	})
	const spread = "Dockworkers across Chile walked off the job on Thursday, starting at the port of Valparaiso."
	wantDrops(t, verdictOn, spread, []dropCase{
		// the passage draws a spread of its own
		{"Dockworkers walked off the job at ports across Chile on Thursday [1].", false},
	})
	const press = "Unions in Chile held protests in the capital and in the ports."
	wantDrops(t, verdictOn, press, []dropCase{
		// the passage holds the plural itself
		{"Unions held protests across Chile [1].", false},
	})
}
