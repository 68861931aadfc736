package question

import "testing"

// A question for a city, town or province asks for a place inside a
// country: a sentence whose only place is a country ("a rioting prison in
// Ecuador") does not give it, whether the question names the country or
// not; a question for a country is answered by one.
func TestTownQuestionNotACountry(t *testing.T) {
	const (
		title = "This is the moment that soldiers try to retake a rioting prison in Ecuador."
		city  = "They gained access to three cellblocks at the Penitenciaria del Litoral in the city of Guayaquil."
	)
	for _, tc := range []struct {
		txt, asked string
		want       bool
	}{
		{title, "in what city is the prison", false},
		{title, "which province is the prison in", false},
		{city, "in what city is the prison", true},
		{title, "which country is the prison in", true},
		{title, "which country or city is the prison in", true},
		// a country's possessive places what follows it; a country
		// ending its sentence places nothing after it
		{"The riot broke out at a prison in Ecuador's Guayas province.", "which province is the prison in", true},
		{"Soldiers retook a rioting prison in Ecuador. Officials said 31 died.", "which city is the prison in", false},
	} {
		if got := Place.InAnswer(tc.txt, tc.asked); got != tc.want {
			t.Errorf("Place.InAnswer(%q, %q) = %v, want %v", tc.txt, tc.asked, got, tc.want)
		}
	}
}

// A relative clause after the thing says which thing and asks nothing:
// "in what city is the prison that the soldiers retook" asks the prison's
// city, as the Spanish "¿En qué ciudad está la cárcel que retomaron los
// militares?" reads. A question with no thing before its clause, or a
// person's place, is none.
func TestPlaceOfThingRelativeClause(t *testing.T) {
	for q, want := range map[string]bool{
		"in which city is the prison that the soldiers retook?":   true,
		"in what city is the prison that retake the soldier":      true,
		"which city is the prison the army retook in":             true,
		"what city is the jail where the guards were held?":       true,
		"what city was thinking about the prison that they built": false,
	} {
		if got := PlaceOfThing(q); got != want {
			t.Errorf("PlaceOfThing(%q) = %v, want %v", q, got, want)
		}
	}
}

// "Where is this prison? which city": the thing asked first, by "where",
// and the kind of place after the question mark, as "this prison, which
// city" asks it. A person is still no thing.
func TestPlaceOfThingWhereFirst(t *testing.T) {
	for q, want := range map[string]bool{
		"where is this prison? which city":   true,
		"where is the prison? what city":     true,
		"where was the jail, which town":     true,
		"where is the mayor? which city":     false, // a person
		"where are the soldiers? which city": false,
	} {
		if got := PlaceOfThing(q); got != want {
			t.Errorf("PlaceOfThing(%q) = %v, want %v", q, got, want)
		}
	}
}
