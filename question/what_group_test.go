package question

import "testing"

// "What gang", like "which gang", asks for a name: a sentence telling of
// gangs without naming one is no answer ("que banda empezó la pelea",
// read "what gang begin the fight"). "What group of ..." asking a count
// or a kind elsewhere stays as it was.
func TestWhatGroupAsksAName(t *testing.T) {
	for q, want := range map[string]Kind{
		"what gang started the riot in Quito Norte?": Name,
		"what gang begin the fight in the litoral":   Name,
		"which gang started the fight?":              Name,
		"what company runs the port?":                Name,
		"how many gangs fought in the prison?":       Number,
		"what did the gangs do after the riot":       General,
		"what is the gang's leader called":           Name,
	} {
		if got := Wanted(q); got != want {
			t.Errorf("Wanted(%q) = %v, want %v", q, got, want)
		}
	}
}
