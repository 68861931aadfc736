package extract

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/question"
)

// "In which city is the prison" is answered by the city named next to the
// prison ("the Litoral prison in the city of Guayaquil"), not by a sentence
// whose city is another thing's ("violence in the city of Esmeraldas,
// where 15 prison guards were held").
func TestPlaceOfThingIsNamedNextToIt(t *testing.T) {
	ix := edgeIndex(t, map[string]string{"a.txt": "Violence broke out in the city of Esmeraldas, where 15 prison guards were held hostage at a local jail. Soldiers gained access to three cellblocks at the Litoral prison in the city of Guayaquil.\n\nOther news followed."})
	var rd question.Reader
	voc := rd.Vocabulary(ix)
	for _, q := range []string{"in which city is the prison?", "which city is the prison in"} {
		a := &Answer{Passages: passagesOf(t, ix, q)}
		(&Answerer{Threshold: DefaultThreshold, Floor: DefaultFloor}).Answer(ix, voc, q, "", a)
		if !strings.Contains(a.Answerability.Candidate, "Guayaquil") {
			t.Errorf("%q: candidate %q, want the Guayaquil sentence", q, a.Answerability.Candidate)
		}
	}
	keys := []keyTerm{{term: "citi", known: true}, {term: "prison", known: true}}
	for txt, want := range map[string]bool{
		"Soldiers gained access to three cellblocks at the Litoral prison in the city of Guayaquil.":                      true,
		"Violence broke out in the city of Esmeraldas, where 15 prison guards were held hostage at a local jail.":         false,
		"The prison, its guards said, stood for a century before anyone in Quito noticed it at all, in the city of Loja.": false, // too far
	} {
		if got := placeAfterThing(txt, keys); got != want {
			t.Errorf("placeAfterThing(%q) = %v, want %v", txt, got, want)
		}
	}
}

// Only a question ending on the thing asks the place of a thing.
func TestPlaceOfThingQuestions(t *testing.T) {
	for q, want := range map[string]bool{
		"in which city is the prison?":                              true,
		"what city is the Litoral prison located in?":               true,
		"in what city be the prison":                                true,
		"Which country was thinking about going to war for oil?":    false,
		"In what city is the last Huguenot congregation in the US?": false,
		"which city did the army storm":                             false,
		"what town was that in":                                     false, // a pronoun: what was said before
		"what town is it in":                                        false,
		"what town were the guards held hostage in":                 false, // an event, not a thing
		"which city was the mayor killed in":                        false,
		"which city is the prison situated in":                      true,
		"what town is the jail in":                                  true,
		"what city is the overcrowded prison in":                    true, // a participle before the noun is an adjective
		"what city is the armed prison in":                          true,
		"which city is the prison found in":                         true,
		"what city is he in":                                        false,
		"which city was attacked":                                   false, // a participle alone is an event
	} {
		if got := question.PlaceOfThing(q); got != want {
			t.Errorf("PlaceOfThing(%q) = %v, want %v", q, got, want)
		}
	}
}

// A place phrase opens on "in" or "at" and names a place, "the city of"
// and all.
func TestPlaceNamedAt(t *testing.T) {
	for s, want := range map[string]bool{
		"in the city of Guayaquil.": true,
		"at the Litoral prison":     true,
		"in Quito on Monday":        true,
		"in the morning":            false,
		"of Guayaquil":              false,
	} {
		if got := question.PlaceNamedAt(s); got != want {
			t.Errorf("PlaceNamedAt(%q) = %v, want %v", s, got, want)
		}
	}
}
