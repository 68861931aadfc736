package question

import "testing"

// Written by an independent reviewer from the session's diff alone (two
// cases it wrote are left open: "Protesters marched through Mexico City"
// gives no place, placeWords having no "through", as at a9ce83a; "a prison
// in Salvador, Brazil" is refused for "which city": WordNet 3.0 gives
// "Salvador" only as El Salvador's name). Each
// expectation is what a careful user wants of the rule's stated purpose,
// not what the code returns.

// Review 31, rule 1: a confirmation's day or month is read as "when", and
// the word tying it to the statement ("on", "in", "last", ...) goes with
// it; a figure stays the slot before a day.
func TestReview31PremiseDropDay(t *testing.T) {
	var rd Reader
	voc := rd.Vocabulary(newTermCorpus("Soldiers retook the Litoral prison in the city of Guayaquil on Tuesday.", "Gangs fought inside the prison. Guards were held hostage in Esmeraldas."))
	for _, c := range []struct{ name, q, want, why string }{
		{"capitalised-opening", "On Monday the gangs started fighting, right?", "when the gangs started fighting",
			"the day and its 'On' open the statement: both go, whatever the case"},
		{"year", "the state of emergency was declared in 2021, right?", "when the state of emergency was declared",
			"a year is a day's slot too: its 'in' goes with it"},
		{"earlier-last-kept", "the last riot was on friday right?", "when the last riot was",
			"only the word right before the day ties it: the 'last' of 'the last riot' stays"},
		{"figure-first", "31 died on monday right?", "how many died on monday",
			"a figure is the slot before a day: the day stays, it says which deaths"},
		// FINDING (mended): dropDay finds the month with strings.Index, so it cuts the "May" of "Mayor" ("when the or resigned in May") and keeps the real month and its "in".
		{"month-inside-word", "the Mayor resigned in May, right?", "when the Mayor resigned",
			"the month is the word 'May', not the first three letters of 'Mayor'"},
		// FINDING (mended): only a tying word right before the month is dropped, so "in late july" leaves "in late" hanging ("when the riot was in late").
		{"late-month", "the riot was in late july, right?", "when the riot was",
			"'in late july' is one time phrase; leaving 'in late' is the dangling preposition the rule exists to avoid"},
		{"next-day", "the curfew ends next sunday, right?", "when the curfew ends",
			"'next' ties the day: 'when the curfew ends', not '... ends next'"},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, ok := Premise(c.q, voc)
			if !ok || got != c.want {
				t.Errorf("%s\nPremise(%q) = %q, %v; want %q", c.why, c.q, got, ok, c.want)
			}
		})
	}
}

// Review 31, rule 2: a question for a city, town, province, region or
// state asks for a place inside a country; a sentence whose only new
// place is a country does not give it, unless the question asks for a
// country too.
func TestReview31TownNotCountry(t *testing.T) {
	for _, c := range []struct {
		name, txt, asked string
		want             bool
		why              string
	}{
		{"city-then-country", "Inmates rioted at a prison in Guayaquil, Ecuador.", "which city did the riot happen in", true,
			"Guayaquil is a city the question does not give"},
		{"two-word-country", "The riot was at a prison in the United States.", "which city did the riot happen in", false,
			"the United States is a country, no city"},
		{"country-asked-too", "Soldiers retook a rioting prison in Ecuador.", "which state or country is the prison in", true,
			"the question also asks for a country: Ecuador answers it"},
		// FINDING (mended): countryQ matches any "country" in the question, so "which city in the country" still lets the country ("in Ecuador") pass as the city.
		{"city-in-the-country", "This is the moment that soldiers try to retake a rioting prison in Ecuador.", "which city in the country had the worst riot", false,
			"'in the country' asks for no country: it places the city, which the sentence does not name"},
		// FINDING (mended): the name reader stops at the possessive and drops "Ecuador" as a country, and never reaches "Guayas province" after it; this sentence passed at a9ce83a.
		{"province-after-possessive", "The riot broke out at a prison in Ecuador's Guayas province.", "which province is the prison in", true,
			"Guayas is the province asked for; Ecuador's possessive only places it"},
		// FINDING (mended): Georgia is in the WordNet country table, so a US state with that name no longer answers "which state" (it did at a9ce83a).
		{"us-state-georgia", "Inmates took over a state prison in Georgia on Sunday.", "which state was the prison in", true,
			"asked for a state, Georgia is one: a name shared with a country is still the state asked for"},
		// FINDING (mended): "U.S." is trimmed to "U.S" before the lookup, but the table only has "u.s.", so the country is taken as a new city.
		{"us-abbreviation", "The riot was at a federal prison in the U.S. last week.", "which city was the riot in", false,
			"the U.S. is a country, no city: the same as 'the United States'"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := Place.InAnswer(c.txt, c.asked); got != c.want {
				t.Errorf("%s\nPlace.InAnswer(%q, %q) = %v, want %v", c.why, c.txt, c.asked, got, c.want)
			}
		})
	}
}

// Review 31, rule 3: a relative clause after the thing says which thing
// ("in what city is the prison that the soldiers retook"); "where is the
// prison? which city" names the thing before asking. A person, a
// pronoun, or a question that is no thing is none.
func TestReview31PlaceOfThingEdges(t *testing.T) {
	for _, c := range []struct {
		name, q string
		want    bool
		why     string
	}{
		{"rel-where", "in which city is the prison where the riot started?", true,
			"the prison is the thing, 'where the riot started' says which"},
		{"rel-participle-in-clause", "which city is the prison that was attacked", true,
			"a participle inside the clause does not make the thing an event"},
		{"where-first-located", "where is the prison located? which city", true,
			"'located' is the place word after the thing, not part of it"},
		{"where-first-pronoun", "where is he? which city", false,
			"'he' is no thing: where a person is"},
		// FINDING (mended): placeOfThingRelQ has no person check (thingFirstQ and placeOfThingLateQ have one), so where a journalist is reads as a thing's city.
		{"rel-person", "which city is the journalist who was kidnapped in", false,
			"a person is no thing (as 'where is the mayor? which city' is not): where the journalist was kidnapped is an event's place"},
		// FINDING (mended): the relative pattern accepts "the" as a clause opener, so "capital of the country ..." becomes a thing "capital of" plus a clause; the question asks which city is the capital.
		{"capital-of-country", "what city is the capital of the country where the riot happened", false,
			"it asks which city is the capital, not the city a thing named 'capital' is in"},
		// FINDING (mended): with "?" as a separator, any short question before "which city" is taken as the thing ("is it quito").
		{"question-before", "Is it Quito? Which city?", false,
			"'is it Quito' is the asker's guess, no thing whose city is asked"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := PlaceOfThing(c.q); got != c.want {
				t.Errorf("%s\nPlaceOfThing(%q) = %v, want %v", c.why, c.q, got, c.want)
			}
		})
	}
}
