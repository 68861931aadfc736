package question

import (
	"slices"
	"testing"

	"github.com/storybot-dev/storybot/internal/testindex"
)

// A message asking numbered questions is split into them, each with the
// topic before the first; figures that are no count from 1, items that
// ask nothing or are too short to, and questions without numbers stay one
// message.
func TestParts(t *testing.T) {
	for q, want := range map[string][]string{
		"1) how many dead 2) who ran the op": {"how many dead", "who ran the op"},
		"esmeraldas hostage thing: 1) how many guards were held 2) thats a different jail right, not the guayaquil one?": {
			"esmeraldas hostage thing: how many guards were held", "esmeraldas hostage thing: thats a different jail right, not the guayaquil one?"},
		"(1) when did it start (2) is the army still there": {"when did it start", "is the army still there"},
		// not counted from 1
		"2) how many dead 3) who ran the op": nil,
		"the toll went 18. then 31. what?":   nil,
		// an item that asks nothing
		"1) how many dead 2) soldiers and police": nil,
		// an item too short to ask
		"1) how many dead 2) why?": nil,
		// one item
		"1) how many dead": nil,
		// questions one after another, no numbers: one message
		"how many died? who is the director?": nil,
	} {
		if got := Parts(q); !slices.Equal(got, want) {
			t.Errorf("Parts(%q) = %q, want %q", q, got, want)
		}
	}
}

// "right now" is the asker's now, dropped whole where the stories never
// use "now": "right" is not left behind as a word of the question.
func TestRightNowDroppedWhole(t *testing.T) {
	ix := testindex.Seed(t)
	var rd Reader
	for q, want := range map[string]string{
		"who is the president of ecuador right now": "who is the president of ecuador",
		"who is the president rn":                   "who is the president",
		// "right" alone is a word of the question
		"who is right about the death toll": "who is right about the death toll",
	} {
		if got := rd.Read(ix, q); got != want {
			t.Errorf("Read(%q) = %q, want %q", q, got, want)
		}
	}
}

// "which city this prison is (in)" asks the prison's city as "which city
// is this prison in" does, with the verb after the thing as learners and
// Pidgin ("... dey", read "is") put it; a participle after the thing is
// still an event, a pronoun no thing.
func TestPlaceOfThingVerbLast(t *testing.T) {
	for q, want := range map[string]bool{
		"which city this prison is?":            true,
		"which city this prison is in":          true,
		"what country the prison is located":    true,
		"which town the guards held hostage is": false,
		"which city is the prison in":           true,
		"which city this is":                    false,
	} {
		if got := PlaceOfThing(q); got != want {
			t.Errorf("PlaceOfThing(%q) = %v, want %v", q, got, want)
		}
	}
}
