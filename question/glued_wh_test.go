package question

import (
	"testing"

	"github.com/storybot-dev/storybot/internal/testindex"
)

// A question word typed together with the word after it is read as the
// two words; a dictionary word that begins with one is left alone, and so
// is a glued word whose second half does not go with the question word.
func TestGluedQuestionWord(t *testing.T) {
	var rd Reader
	ix := testindex.Seed(t)
	for in, want := range map[string]string{
		"howmany died":                        "how many died",
		"the prison?? howmany troops went in": "the prison?? how many troops went in",
		"howlong is the emergency":            "how long is the emergency",
		"whatis the name of the prison":       "what is the name of the prison",
		"wheredid the guards get held":        "where did the guards get held",
		"however many died":                   "however many died", // a word of its own
		"why did the crowd howl":              "why did the crowd howl",
		"howzit going":                        "howzit going",  // "zit" does not go with "how"
		"whenmany died":                       "whenmany died", // "many" goes with "how" only
	} {
		if got := rd.Read(ix, in); got != want {
			t.Errorf("Read(%q) = %q, want %q", in, got, want)
		}
	}
}

// A glued word the stories use, or one capitalised inside the question,
// is a name ("Howlong", a town on the Murray), not a question word; a slip
// in the second half of four letters or more is read ("howmanny").
func TestGluedQuestionWordNameAndSlip(t *testing.T) {
	var rd Reader
	ix := testindex.Seed(t)
	for in, want := range map[string]string{
		"how many people live in Howlong?": "how many people live in Howlong?",
		"howmanny died":                    "how many died",
		"Howmany died":                     "how many died", // capitalised as the question's first word
	} {
		if got := rd.Read(ix, in); got != want {
			t.Errorf("Read(%q) = %q, want %q", in, got, want)
		}
	}
}
